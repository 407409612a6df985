//! Tests that pin the start rule where `cargo mutants` found the other tests blind (see
//! ARCHITECTURE.md, "Tests that can fail").

use super::*;
use crate::defaults;

fn experience_item() -> Item {
    defaults::content()
        .unwrap()
        .bank
        .items()
        .iter()
        .find(|i| i.profile_field.as_deref() == Some("experience"))
        .expect("the default bank asks about experience")
        .clone()
}

fn answer_with_value(item: &Item, value: &str) -> Response {
    let option = item
        .options
        .iter()
        .find(|o| o.value.as_deref() == Some(value))
        .unwrap_or_else(|| panic!("no option with value {value}"));
    Response::Choice {
        option: option.id.clone(),
    }
}

#[test]
fn several_answers_start_at_the_mean_of_their_abilities() {
    let item = experience_item();
    let never = answer_with_value(&item, "never");
    let many = answer_with_value(&item, "many_tasks");
    let calls = answer_with_value(&item, "calls_messages");
    // (-3.0 + 0.3) / 2 = -1.35.
    let start = start_from_answers(DEFAULT_START_POINTS, [(&item, &never), (&item, &many)]).unwrap();
    assert!((start.theta + 1.35).abs() < 1e-12, "{start:?}");
    assert_eq!(start.answers, 2);
    // (-3.0 + 0.3 - 1.2) / 3 = -1.3; a skipped answer counts for nothing.
    let skip = Response::Skip;
    let start = start_from_answers(
        DEFAULT_START_POINTS,
        [(&item, &never), (&item, &skip), (&item, &many), (&item, &calls)],
    )
    .unwrap();
    assert!((start.theta + 1.3).abs() < 1e-12, "{start:?}");
    assert_eq!(start.answers, 3);
}
