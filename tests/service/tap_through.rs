//! A tap-through task through the API: one answer per screen (each with its own `seq`), the
//! presentation saying which screen of how many, and `answered` counting the task once, when
//! the right path is finished or a wrong tap ends it. On SQLite and PostgreSQL.

use crate::harness::{answer_for, Backend, TestServer};
use nln_core::content::{Key, Shape};
use nln_server::api::Limits;
use serde_json::{json, Value};

/// Sessions started, at most, to meet a tap-through item (they sit at NLN 1–4; in practice
/// one of the first few sessions shows one).
const SEARCH: usize = 60;

/// A session whose pending item is a tap-through task on its first screen: (session id, view).
async fn session_at_tap_through(server: &TestServer, key: &str) -> (String, Value) {
    for n in 0..SEARCH {
        let (id, mut view) = server.open_session(key, &format!("tap-{n}")).await;
        let mut turn = 0;
        while view["status"] == "in_progress" {
            if view["item"]["input"] == "tap_through" {
                return (id, view);
            }
            let body = answer_for(&view).unwrap();
            view = server.answered(&id, key, &format!("{id}-{turn}"), &body).await;
            turn += 1;
        }
    }
    panic!("no tap-through item in {SEARCH} sessions");
}

/// The centre of a region of the screen `step` of item `id`, in picture pixels; `right` picks
/// the region of the right path, else the first other one.
fn tap_on(id: &str, step: usize, right: bool) -> Value {
    let content = nln_core::defaults::content().unwrap();
    let item = content.bank.item(id).unwrap();
    let Key::Path(path) = &item.key else {
        panic!("{id} is not a tap-through item")
    };
    let region = item.steps[step]
        .regions
        .iter()
        .find(|r| (r.id == path[step]) == right)
        .unwrap();
    let (x, y) = match region.shape {
        Shape::Rect { x, y, w, h } => (x + w / 2.0, y + h / 2.0),
        Shape::Circle { cx, cy, .. } => (cx, cy),
    };
    json!({ "kind": "tap", "x": x, "y": y })
}

async fn tap(server: &TestServer, key: &str, id: &str, view: &Value, answer: Value) -> Value {
    let body = json!({ "seq": view["next_seq"], "item": view["item"]["item"], "answer": answer });
    server
        .answered(id, key, &format!("{id}-tap-{}", view["next_seq"]), &body)
        .await
}

async fn right_path_and_wrong_tap(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Tap-through").await;
    let key = agency.key.as_str();

    // The right path: every screen in turn, the task still pending until the last tap.
    let (id, mut view) = session_at_tap_through(&server, key).await;
    let item = view["item"]["item"].as_str().unwrap().to_string();
    let screens = view["item"]["screen"]["count"].as_u64().unwrap() as usize;
    let answered = view["answered"].as_i64().unwrap();
    let first_seq = view["next_seq"].as_i64().unwrap();
    assert!((2..=5).contains(&screens), "{view}");
    for step in 0..screens {
        assert_eq!(view["item"]["item"], item.as_str());
        assert_eq!(view["item"]["screen"], json!({ "number": step + 1, "count": screens }));
        assert_eq!(view["answered"], answered, "a screen is not an item");
        assert_eq!(view["next_seq"], first_seq + step as i64, "each tap has its own seq");
        view = tap(&server, key, &id, &view, tap_on(&item, step, true)).await;
    }
    assert_ne!(view["item"]["item"], item.as_str(), "the task is over: {view}");
    assert_eq!(view["answered"], answered + 1, "the task counts once");
    if view["status"] == "in_progress" {
        assert_eq!(view["next_seq"], first_seq + screens as i64);
    }
    // The agency sees the same count; the store holds one answer per tap.
    let seen = server.get(&format!("/v1/sessions/{id}"), key).await.json();
    assert_eq!(seen["answered"], answered + 1);
    let store = server.store().await;
    let taps = store.answers(&id).await.unwrap();
    assert_eq!(taps.iter().filter(|a| a.item == item).count(), screens);

    // A wrong tap on the first screen ends the task at once, quietly: the next item follows.
    let (id, view) = session_at_tap_through(&server, key).await;
    let item = view["item"]["item"].as_str().unwrap().to_string();
    let answered = view["answered"].as_i64().unwrap();
    let seq = view["next_seq"].as_i64().unwrap();
    let after = tap(&server, key, &id, &view, tap_on(&item, 0, false)).await;
    assert_ne!(after["item"]["item"], item.as_str(), "{after}");
    assert_eq!(after["answered"], answered + 1);
    if after["status"] == "in_progress" {
        assert_eq!(after["next_seq"], seq + 1);
        assert!(after["item"].get("screen").is_none() || after["item"]["screen"]["number"] == 1);
    }
    let taps = store.answers(&id).await.unwrap();
    assert_eq!(taps.iter().filter(|a| a.item == item).count(), 1);
}

#[tokio::test]
async fn a_tap_through_task_counts_once_sqlite() {
    right_path_and_wrong_tap(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_tap_through_task_counts_once_postgres() {
    right_path_and_wrong_tap(Backend::Postgres).await;
}
