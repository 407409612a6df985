//! Load generator: N simulated learners answer item after item against a running `nln serve`
//! (loopback), each answer with its own Idempotency-Key, starting a new session when one ends;
//! prints sessions and answers per second with latency percentiles of each. This is the
//! service's benchmark: figures for the README, never asserted in tests.
//!
//! Two paces:
//! - saturation (default): each learner answers the moment its reply arrives, so N requests are
//!   always in flight and the figure is the server's maximum throughput. By Little's law its mean
//!   latency is N / throughput, whatever the server does, so its latencies say little at large N.
//! - `--rate R`: the learners share R answers a second, as wrk2's `-R` does. Learner n's k-th
//!   answer has an intended send time (start + (n / N + k) · N / R); latency is counted from that
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

use serde_json::{json, Value};
use std::time::{Duration, Instant};

fn answer_for(view: &Value) -> Option<Value> {
    let item = view.get("item").filter(|i| !i.is_null())?;
    let answer = match item["input"].as_str()? {
        "put_in_order" => {
            json!({"kind": "order", "ui_ids": item["choices"].as_array()?.iter().map(|c| c["ui_id"].clone()).collect::<Vec<_>>()})
        }
        _ => json!({"kind": "pick", "ui_id": 1}),
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

async fn learner(n: usize, base: String, key: String, pace: Pace, until: Instant) -> Measured {
    let client = reqwest::Client::new();
    let mut m = Measured::default();
    let mut counter = 0u32;
    while pace.due(counter) < until {
        let started = Instant::now();
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
        m.starts.push(started.elapsed());
        let id = view["id"].as_str().unwrap_or_default().to_string();
        while let Some(body) = answer_for(&view) {
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
                    m.answers.push(due.elapsed());
                    m.sent.push(sent.elapsed());
                }
                _ => {
                    m.errors += 1;
                    break;
                }
            }
        }
        if view["status"] != "in_progress" {
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
    let tasks: Vec<_> = (0..learners)
        .map(|n| {
            // Learners are spread evenly over one interval so the arrivals are smooth.
            let pace = rate.map_or(Pace::Saturate, |r| {
                let interval = Duration::from_secs_f64(learners as f64 / r);
                Pace::Scheduled {
                    first: started + interval.mul_f64(n as f64 / learners as f64),
                    interval,
                }
            });
            tokio::spawn(learner(n, base.clone(), key.clone(), pace, until))
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
    let elapsed = started.elapsed().as_secs_f64();
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
        "learners {learners}, {seconds} s, {pace}: {} sessions started ({:.1}/s, p50 {:.1} ms, p99 {:.1} ms), {} finished ({:.1}/s); \
         {} answers ({:.0}/s, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms); errors {}",
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
