//! A state machine against a model: random runs of answer / retry / stale answer / wrong
//! item / read / restart / stop on one session, each reply checked against what the model
//! says the service must do. A restart is a new server process on the same database.

use crate::harness::{answer_for, Backend, TestServer};
use nln_server::api::Limits;
use proptest::prelude::*;
use serde_json::{json, Value};

#[derive(Debug, Clone)]
enum Op {
    Answer,
    Retry(usize),
    Stale,
    WrongItem,
    Read,
    Restart,
    Stop,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        8 => Just(Op::Answer),
        3 => any::<usize>().prop_map(Op::Retry),
        1 => Just(Op::Stale),
        1 => Just(Op::WrongItem),
        2 => Just(Op::Read),
        1 => Just(Op::Restart),
        1 => Just(Op::Stop),
    ]
}

/// What the service must hold.
struct Model {
    answered: i64,
    ended: bool,
    /// The last reply's view (pending item and seq).
    view: Value,
    /// Sent answers: (key, body, reply text).
    sent: Vec<(String, Value, String)>,
}

async fn run(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let mut server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let agency = server.agency("Model").await;
    let view = server.start_session(&agency.key, "L-model").await;
    let id = view["id"].as_str().unwrap().to_string();
    let mut model = Model {
        answered: 0,
        ended: false,
        view,
        sent: Vec::new(),
    };
    for op in ops {
        match op {
            Op::Answer => {
                let Some(body) = answer_for(&model.view) else {
                    prop_assert!(model.ended);
                    continue;
                };
                let key = format!("k{}", model.sent.len());
                let r = server.answer(&id, &agency.key, &key, &body).await;
                prop_assert_eq!(r.status.as_u16(), 200, "{}", r.text);
                model.answered += 1;
                model.view = r.json();
                model.ended = model.view["status"] != "in_progress";
                model.sent.push((key, body, r.text));
            }
            Op::Retry(i) if !model.sent.is_empty() => {
                let (key, body, text) = model.sent[i % model.sent.len()].clone();
                let r = server.answer(&id, &agency.key, &key, &body).await;
                prop_assert_eq!(r.status.as_u16(), 200);
                prop_assert_eq!(&r.text, &text, "a retry gets the stored reply");
            }
            Op::Retry(_) => {}
            Op::Stale => {
                let body = json!({"seq": model.answered, "item": "x", "answer": {"kind": "dont_know"}});
                server
                    .answer(&id, &agency.key, &format!("stale{}", model.sent.len()), &body)
                    .await
                    .assert_problem(409);
            }
            Op::WrongItem => {
                let body = json!({"seq": model.answered + 1, "item": "not-served", "answer": {"kind": "dont_know"}});
                server
                    .answer(&id, &agency.key, &format!("wrong{}", model.sent.len()), &body)
                    .await
                    .assert_problem(409);
            }
            Op::Read => {
                let v = server.get(&format!("/v1/sessions/{id}"), &agency.key).await.json();
                // Items answered as the last reply said (a tap-through task's screens are
                // answers but one item).
                prop_assert_eq!(&v["answered"], &model.view["answered"]);
                prop_assert_eq!(&v["item"], &model.view["item"], "same pending item");
                prop_assert_eq!(&v["status"], &model.view["status"]);
            }
            Op::Restart => {
                server = server.restart().await;
            }
            Op::Stop => {
                let r = server.stop(&id, &agency.key).await;
                if model.ended {
                    r.assert_problem(409);
                } else {
                    prop_assert_eq!(r.status.as_u16(), 200);
                    model.view = r.json();
                    prop_assert_eq!(&model.view["status"], "stopped");
                    model.ended = true;
                }
            }
        }
    }
    // The log holds exactly the acknowledged answers, once each, in order.
    let answers = server.store().await.answers(&id).await.unwrap();
    prop_assert_eq!(answers.len() as i64, model.answered);
    for (i, a) in answers.iter().enumerate() {
        prop_assert_eq!(a.seq, i as i64 + 1);
        prop_assert_eq!(&a.item, model.sent[i].1["item"].as_str().unwrap());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_service_follows_the_model(ops in proptest::collection::vec(op(), 1..60)) {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(run(ops))?;
    }
}
