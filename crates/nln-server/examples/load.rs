//! Load generator: N simulated learners answer item after item against a running `nln serve`
//! (loopback), each answer with its own Idempotency-Key, starting a new session when one ends;
//! prints sessions and answers per second with latency percentiles of each. This is the
//! service's benchmark: figures for the README, never asserted in tests.
//!
//! Learners answer at random among each item's choices, so sessions end after different
//! numbers of items (as real learners' do) and new sessions do not start in step. They also
//! join over a ramp (one learner every ramp / N, the ramp being 20 answer intervals, at most a
//! quarter of the run), and only requests sent after the ramp are counted: a load test that
//! starts every session in the same instant measures that instant, not the service.
//!
//! Two paces:
//! - saturation (default): each learner answers the moment its reply arrives, so N requests are
//!   always in flight and the figure is the server's maximum throughput. By Little's law its mean
//!   latency is N / throughput, whatever the server does, so its latencies say little at large N.
//! - `--rate R`: the learners share R answers a second, as wrk2's `-R` does. Learner n's k-th
//!   answer has an intended send time (its join time + k · N / R, each learner at its own phase
//!   n / N of that interval); latency is counted from that
//!   time, not from when the request left, so a stall that delays later sends shows up in the
//!   percentiles instead of being left out (coordinated omission). Every answer due within the
//!   run is sent and measured, so a server that cannot keep up makes the run last longer.
//!
//! ```sh
//! KEY=$(nln agency add Load --database sqlite:/tmp/load.db)
//! nln serve --database sqlite:/tmp/load.db --rate-limit 0 --sessions-per-hour 0 &
//! cargo run --release -p nln-server --example load -- http://127.0.0.1:8080 "$KEY" 200 30
//! cargo run --release -p nln-server --example load -- http://127.0.0.1:8080 "$KEY" 200 30 --rate 2000
//! ```

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// A random answer to the pending item: one of its choices, or its steps in a random order.
fn answer_for(view: &Value, rng: &mut StdRng) -> Option<Value> {
    let item = view.get("item").filter(|i| !i.is_null())?;
    let mut ids: Vec<Value> = item["choices"]
        .as_array()
        .map(|c| c.iter().map(|c| c["ui_id"].clone()).collect())
        .unwrap_or_default();
    let answer = match item["input"].as_str()? {
        "put_in_order" => {
            ids.shuffle(rng);
            json!({"kind": "order", "ui_ids": ids})
        }
        _ => json!({"kind": "pick", "ui_id": ids.choose(rng).cloned().unwrap_or(json!(1))}),
    };
    Some(json!({"seq": view["next_seq"], "item": item["item"], "answer": answer}))
}

/// When each learner sends its answers.
#[derive(Clone, Copy)]
enum Pace {
    /// Closed loop: the next answer leaves as soon as the reply arrives.
    Saturate,
    /// Constant arrival rate: this learner's answers are due `interval` apart from `first`.
    Scheduled { first: Instant, interval: Duration },
}

impl Pace {
    /// The intended send time of a learner's `k`-th answer (now, for the closed loop).
    fn due(self, k: u32) -> Instant {
        match self {
            Pace::Saturate => Instant::now(),
            Pace::Scheduled { first, interval } => first + interval * k,
        }
    }
}

/// What one simulated learner measured.
#[derive(Default)]
struct Measured {
    /// From each answer's intended send time to its reply (equals `sent` when saturating).
    answers: Vec<Duration>,
    /// From each answer's actual send to its reply: the server's own time.
    sent: Vec<Duration>,
    starts: Vec<Duration>,
    finished: usize,
    errors: usize,
}

/// When the learner's run begins, and from when its requests count.
#[derive(Clone, Copy)]
struct Window {
    joins: Instant,
    counts_from: Instant,
    until: Instant,
}

async fn learner(n: usize, base: String, key: String, pace: Pace, window: Window) -> Measured {
    let client = reqwest::Client::new();
    let mut rng = StdRng::seed_from_u64(n as u64);
    let mut m = Measured::default();
    let mut counter = 0u32;
    let until = window.until;
    tokio::time::sleep_until(window.joins.into()).await;
    while pace.due(counter) < until {
        let started = Instant::now();
        let counted = started >= window.counts_from;
        let Ok(r) = client
            .post(format!("{base}/v1/sessions"))
            .bearer_auth(&key)
            .json(&json!({"learner_ref": format!("load-{n}")}))
            .send()
            .await
        else {
            m.errors += 1;
            continue;
        };
        let Ok(mut view) = r.json::<Value>().await else {
            m.errors += 1;
            continue;
        };
        if counted {
            m.starts.push(started.elapsed());
        }
        let id = view["id"].as_str().unwrap_or_default().to_string();
        while let Some(body) = answer_for(&view, &mut rng) {
            let due = pace.due(counter);
            if due >= until {
                break;
            }
            counter += 1;
            // Already late (the previous reply came after this answer was due): send at once;
            // the lateness counts in this answer's latency.
            tokio::time::sleep_until(due.into()).await;
            let sent = Instant::now();
            let reply = client
                .post(format!("{base}/v1/sessions/{id}/answers"))
                .bearer_auth(&key)
                .header("idempotency-key", format!("load-{n}-{counter}"))
                .json(&body)
                .send()
                .await;
            match reply {
                Ok(r) if r.status().is_success() => {
                    view = r.json().await.unwrap_or(Value::Null);
                    if sent >= window.counts_from {
                        m.answers.push(due.elapsed());
                        m.sent.push(sent.elapsed());
                    }
                }
                _ => {
                    m.errors += 1;
                    break;
                }
            }
        }
        if view["status"] != "in_progress" && Instant::now() >= window.counts_from {
            m.finished += 1;
        }
    }
    m
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 * p) as usize).min(sorted.len().saturating_sub(1)))
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

const USAGE: &str = "usage: load BASE_URL KEY [LEARNERS=200] [SECONDS=30] [--rate ANSWERS_PER_SECOND]";

fn usage() -> ! {
    eprintln!("{USAGE}");
    std::process::exit(2);
}

#[tokio::main]
async fn main() {
    let mut positional = Vec::new();
    let mut rate: Option<f64> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--rate" {
            match args.next().and_then(|s| s.parse::<f64>().ok()) {
                Some(r) if r.is_finite() && r > 0.0 => rate = Some(r),
                _ => usage(),
            }
        } else {
            positional.push(arg);
        }
    }
    if positional.len() < 2 || positional.len() > 4 {
        usage();
    }
    let (base, key) = (positional[0].clone(), positional[1].clone());
    let learners: usize = positional
        .get(2)
        .map_or(Some(200), |s| s.parse().ok())
        .unwrap_or_else(|| usage());
    let seconds: u64 = positional
        .get(3)
        .map_or(Some(30), |s| s.parse().ok())
        .unwrap_or_else(|| usage());
    if learners == 0 || seconds == 0 {
        usage();
    }
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    // Learners join one by one over the ramp: 20 answer intervals (a session's length, so
    // sessions start at the steady rate from the beginning), at most a quarter of the run.
    let interval = Duration::from_secs_f64(learners as f64 / rate.unwrap_or(2000.0));
    let ramp = (interval * 20).min(Duration::from_secs(seconds) / 4);
    let counts_from = started + ramp;
    let tasks: Vec<_> = (0..learners)
        .map(|n| {
            // The learner's answers keep a phase of its own within the interval (n / N of
            // it), so arrivals stay smooth; it joins in the ramp's whole interval nearest n / N.
            let share = n as f64 / learners as f64;
            let slot = (ramp.as_secs_f64() * share / interval.as_secs_f64()).floor();
            let joins = started + interval.mul_f64(slot + share);
            let pace = rate.map_or(Pace::Saturate, |_| Pace::Scheduled { first: joins, interval });
            let window = Window {
                joins,
                counts_from,
                until,
            };
            tokio::spawn(learner(n, base.clone(), key.clone(), pace, window))
        })
        .collect();
    let mut all = Measured::default();
    for t in tasks {
        let m = t.await.expect("a learner task ends");
        all.answers.extend(m.answers);
        all.sent.extend(m.sent);
        all.starts.extend(m.starts);
        all.finished += m.finished;
        all.errors += m.errors;
    }
    let elapsed = counts_from.elapsed().as_secs_f64();
    all.answers.sort();
    all.sent.sort();
    all.starts.sort();
    let pace = match rate {
        None => "saturation (each learner answers as soon as its reply arrives)".to_string(),
        Some(r) => format!(
            "constant rate {r:.0} answers/s (latency from each answer's intended send time; \
             from the actual send: p50 {:.1} ms, p99 {:.1} ms)",
            percentile(&all.sent, 0.50),
            percentile(&all.sent, 0.99)
        ),
    };
    println!(
        "learners {learners}, {seconds} s ({:.1} s ramp not counted), {pace}: {} sessions started ({:.1}/s, p50 {:.1} ms, p99 {:.1} ms), {} finished ({:.1}/s); \
         {} answers ({:.0}/s, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms); errors {}",
        ramp.as_secs_f64(),
        all.starts.len(),
        all.starts.len() as f64 / elapsed,
        percentile(&all.starts, 0.50),
        percentile(&all.starts, 0.99),
        all.finished,
        all.finished as f64 / elapsed,
        all.answers.len(),
        all.answers.len() as f64 / elapsed,
        percentile(&all.answers, 0.50),
        percentile(&all.answers, 0.99),
        all.answers.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
        all.errors
    );
}
