//! Tests that pin the stopping rule where `cargo mutants` found the other tests blind (see
//! ARCHITECTURE.md, "Tests that can fail").

use super::*;
use crate::irt::IrtModel;

/// A Rasch item at the cut: each right answer moves the log ratio of `cut ± δ` by exactly
/// `+δ` and each wrong one by `−δ`, since `ln P(x) − ln P(−x) = x` for the logistic curve.
const AT_CUT: IrtModel = IrtModel::TwoPl { a: 1.0, b: 0.0 };

fn answers(right: usize, wrong: usize) -> Vec<Scored<'static>> {
    (0..right + wrong)
        .map(|i| Scored::new(&AT_CUT, usize::from(i < right)))
        .collect()
}

#[test]
fn the_bound_is_the_log_of_one_minus_alpha_over_alpha() {
    // α = 0.2: bound ln(0.8 / 0.2) = ln 4 = 1.386. With δ = 0.25, five net answers give 1.25
    // (undecided) and six give 1.5 (decided). ln(1 / α) = ln 5 = 1.609 or ln(1.2 / α) = ln 6
    // would leave six undecided.
    let rule = Classification {
        indifference: 0.25,
        error: 0.2,
        stop_below_level: None,
    };
    assert_eq!(sprt(&answers(5, 0), 0.0, &rule), None);
    assert_eq!(sprt(&answers(6, 0), 0.0, &rule), Some(Side::Above));
    assert_eq!(sprt(&answers(0, 5), 0.0, &rule), None);
    assert_eq!(sprt(&answers(0, 6), 0.0, &rule), Some(Side::Below));
    // Net counts decide, not totals: 9 right and 3 wrong are six net right.
    assert_eq!(sprt(&answers(9, 3), 0.0, &rule), Some(Side::Above));
    assert_eq!(sprt(&answers(8, 3), 0.0, &rule), None);
}

#[test]
fn every_stop_reason_serializes_as_its_name() {
    for reason in StopReason::ALL {
        let json = serde_json::to_string(&reason).unwrap();
        assert_eq!(json, format!("\"{}\"", reason.name()));
        let back: StopReason = serde_json::from_str(&json).unwrap();
        assert_eq!(back, reason);
    }
}

#[test]
fn every_stop_reason_has_its_own_message_in_every_shipped_locale() {
    let catalog = crate::defaults::catalog();
    let ids: std::collections::BTreeSet<&str> = StopReason::ALL.iter().map(|r| r.message_id()).collect();
    assert_eq!(ids.len(), StopReason::ALL.len(), "one message per reason");
    for locale in catalog.locales() {
        for id in &ids {
            assert!(catalog.has_message(locale, id), "{locale} lacks {id}");
        }
    }
}
