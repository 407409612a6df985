//! Load generator: N simulated learners answer item after item against a running `nln serve`
//! (loopback), each answer with its own Idempotency-Key, starting a new session when one ends;
//! prints sessions and answers per second with latency percentiles of each. This is the
//! service's benchmark: figures for the README, never asserted in tests.
//!
//! ```sh
//! KEY=$(nln agency add Load --database sqlite:/tmp/load.db)
//! nln serve --database sqlite:/tmp/load.db --rate-limit 0 --sessions-per-hour 0 &
//! cargo run --release -p nln-server --example load -- http://127.0.0.1:8080 "$KEY" 200 30
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

/// What one simulated learner measured.
#[derive(Default)]
struct Measured {
    answers: Vec<Duration>,
    starts: Vec<Duration>,
    finished: usize,
    errors: usize,
}

async fn learner(n: usize, base: String, key: String, until: Instant) -> Measured {
    let client = reqwest::Client::new();
    let mut m = Measured::default();
    let mut counter = 0u64;
    while Instant::now() < until {
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
            if Instant::now() >= until {
                break;
            }
            counter += 1;
            let started = Instant::now();
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
                    m.answers.push(started.elapsed());
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

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: load BASE_URL KEY [LEARNERS=200] [SECONDS=30]");
        std::process::exit(2);
    }
    let (base, key) = (args[1].clone(), args[2].clone());
    let learners: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(200);
    let seconds: u64 = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(30);
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    let tasks: Vec<_> = (0..learners)
        .map(|n| tokio::spawn(learner(n, base.clone(), key.clone(), until)))
        .collect();
    let mut all = Measured::default();
    for t in tasks {
        let m = t.await.expect("a learner task ends");
        all.answers.extend(m.answers);
        all.starts.extend(m.starts);
        all.finished += m.finished;
        all.errors += m.errors;
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.answers.sort();
    all.starts.sort();
    println!(
        "learners {learners}, {seconds} s: {} sessions started ({:.1}/s, p50 {:.1} ms, p99 {:.1} ms), {} finished ({:.1}/s); \
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
