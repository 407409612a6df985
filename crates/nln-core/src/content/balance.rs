//! Answer-key balance of a bank. A learner who guesses "the first option" or "true" must not
//! gain from it, so the keys of a bank should be spread over positions about as evenly as chance
//! would spread them. These are warnings for the content developer, not load errors: a small or
//! special-purpose bank may be unbalanced on purpose.

use super::bank::Bank;
use super::item::{Item, ItemType, Key};

/// A departure smaller than this many items is never reported: one or two items off the
/// expected count is noise in any bank.
pub const MIN_EXCESS_ITEMS: f64 = 2.0;

/// A departure is reported when it is also larger than this share of the items of that kind
/// (10 percentage points).
pub const MAX_EXCESS_SHARE: f64 = 0.10;

/// Items whose key has a position in the order the learner meets the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionedKind {
    /// Choice items: the key's place among the options.
    Choice,
    /// Hotspot items: the key region's place in the list read by the keyboard and audio
    /// alternative.
    Hotspot,
}

impl PositionedKind {
    /// Fluent id naming the kind of item in a warning.
    pub fn message_id(self) -> &'static str {
        match self {
            PositionedKind::Choice => "balance-kind-choice",
            PositionedKind::Hotspot => "balance-kind-hotspot",
        }
    }

    fn item_type(self) -> ItemType {
        match self {
            PositionedKind::Choice => ItemType::Choice,
            PositionedKind::Hotspot => ItemType::Hotspot,
        }
    }
}

/// One way a bank's keys are unbalanced.
#[derive(Debug, Clone, PartialEq)]
pub enum BalanceWarning {
    /// More (or fewer) keys sit at one position than chance would put there.
    KeyPosition {
        /// Whether the position counts choice options or hotspot regions.
        kind: PositionedKind,
        /// 1-based position, as the learner counts.
        position: usize,
        /// Items keyed at this position.
        observed: usize,
        /// Sum over the items of 1 / (number of answers), for items long enough to have the
        /// position.
        expected: f64,
        /// Items long enough to have the position.
        items: usize,
    },
    /// True/false keys lean to one answer.
    TrueFalse {
        /// Items keyed true.
        true_keys: usize,
        /// True/false items in all.
        items: usize,
    },
    /// An ordering item whose key is the order the steps are shown in: it credits doing nothing.
    OrderAsShown {
        /// The item's id.
        item: String,
    },
}

impl BalanceWarning {
    /// Fluent id of the warning text.
    pub fn message_id(&self) -> &'static str {
        match self {
            BalanceWarning::KeyPosition { .. } => "balance-key-position",
            BalanceWarning::TrueFalse { .. } => "balance-true-false",
            BalanceWarning::OrderAsShown { .. } => "balance-order-as-shown",
        }
    }
}

/// How the keys of a bank spread over positions and answers.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyBalance {
    /// Per position (index 0 = first): items keyed there and the count chance would give.
    pub choice: Vec<(usize, f64)>,
    /// Per region position, as for `choice`.
    pub hotspot: Vec<(usize, f64)>,
    /// True/false items keyed true.
    pub true_keys: usize,
    /// True/false items keyed false.
    pub false_keys: usize,
}

impl KeyBalance {
    /// Counts the scored items of a bank.
    pub fn of(bank: &Bank) -> KeyBalance {
        let scored: Vec<&Item> = bank.items().iter().filter(|i| i.is_scored()).collect();
        let (mut true_keys, mut false_keys) = (0, 0);
        for item in &scored {
            match (item.item_type, &item.key) {
                (ItemType::TrueFalse, Key::Boolean(true)) => true_keys += 1,
                (ItemType::TrueFalse, Key::Boolean(false)) => false_keys += 1,
                _ => {}
            }
        }
        KeyBalance {
            choice: positions(&scored, PositionedKind::Choice),
            hotspot: positions(&scored, PositionedKind::Hotspot),
            true_keys,
            false_keys,
        }
    }

    /// The departures large enough to report (see [`MIN_EXCESS_ITEMS`], [`MAX_EXCESS_SHARE`]).
    pub fn warnings(&self) -> Vec<BalanceWarning> {
        let mut out = Vec::new();
        for (kind, counts) in [
            (PositionedKind::Choice, &self.choice),
            (PositionedKind::Hotspot, &self.hotspot),
        ] {
            let items: usize = counts.iter().map(|(n, _)| n).sum();
            for (i, &(observed, expected)) in counts.iter().enumerate() {
                if is_unbalanced(observed as f64, expected, items) {
                    out.push(BalanceWarning::KeyPosition {
                        kind,
                        position: i + 1,
                        observed,
                        expected,
                        items,
                    });
                }
            }
        }
        let items = self.true_keys + self.false_keys;
        if is_unbalanced(self.true_keys as f64, items as f64 / 2.0, items) {
            out.push(BalanceWarning::TrueFalse {
                true_keys: self.true_keys,
                items,
            });
        }
        out
    }
}

fn is_unbalanced(observed: f64, expected: f64, items: usize) -> bool {
    let excess = (observed - expected).abs();
    excess > MIN_EXCESS_ITEMS && excess > MAX_EXCESS_SHARE * items as f64
}

/// Keys per position and the chance expectation, for one kind of positioned item.
fn positions(items: &[&Item], kind: PositionedKind) -> Vec<(usize, f64)> {
    let mut counts: Vec<(usize, f64)> = Vec::new();
    for item in items.iter().filter(|i| i.item_type == kind.item_type()) {
        let (answers, key_at) = match (&item.key, kind) {
            (Key::Option(k), PositionedKind::Choice) => {
                (item.options.len(), item.options.iter().position(|o| &o.id == k))
            }
            (Key::Region(k), PositionedKind::Hotspot) => {
                (item.regions.len(), item.regions.iter().position(|r| &r.id == k))
            }
            _ => continue,
        };
        let Some(key_at) = key_at else { continue };
        if counts.len() < answers {
            counts.resize(answers, (0, 0.0));
        }
        counts[key_at].0 += 1;
        for c in counts.iter_mut().take(answers) {
            c.1 += 1.0 / answers as f64;
        }
    }
    counts
}

/// Balance warnings of a bank: key positions, true/false keys, and ordering items keyed in the
/// shown order.
pub fn check(bank: &Bank) -> Vec<BalanceWarning> {
    let mut out = KeyBalance::of(bank).warnings();
    for item in bank.items() {
        if let (ItemType::Ordering, Key::Order(order)) = (item.item_type, &item.key) {
            if order.iter().eq(item.options.iter().map(|o| &o.id)) {
                out.push(BalanceWarning::OrderAsShown { item: item.id.clone() });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults;

    fn rebuilt(bank: &Bank, edit: impl Fn(&mut Item)) -> Bank {
        let mut items = bank.items().to_vec();
        items.iter_mut().for_each(edit);
        bank.with_items(items)
    }

    #[test]
    fn the_default_bank_is_balanced() {
        let content = defaults::content().expect("default content loads");
        assert_eq!(check(&content.bank), Vec::new());
        let balance = KeyBalance::of(&content.bank);
        let total: f64 = balance.choice.iter().map(|c| c.1).sum();
        let keyed: usize = balance.choice.iter().map(|c| c.0).sum();
        assert!(
            (total - keyed as f64).abs() < 1e-9,
            "expectations sum to the item count"
        );
    }

    #[test]
    fn every_key_first_is_reported_at_position_one() {
        let content = defaults::content().expect("default content loads");
        let bank = rebuilt(&content.bank, |item| {
            if let Key::Option(k) = &item.key {
                let at = item.options.iter().position(|o| &o.id == k).unwrap();
                item.options.swap(0, at);
            }
        });
        let warnings = check(&bank);
        let first = warnings.iter().find_map(|w| match w {
            BalanceWarning::KeyPosition {
                kind: PositionedKind::Choice,
                position: 1,
                observed,
                items,
                ..
            } => Some((*observed, *items)),
            _ => None,
        });
        let (observed, items) = first.expect("position 1 is reported");
        assert_eq!(observed, items);
        assert!(warnings.iter().all(|w| !matches!(
            w,
            BalanceWarning::TrueFalse { .. } | BalanceWarning::OrderAsShown { .. }
        )));
    }

    #[test]
    fn true_false_keys_leaning_to_true_are_reported() {
        let content = defaults::content().expect("default content loads");
        let bank = rebuilt(&content.bank, |item| {
            if item.item_type == ItemType::TrueFalse {
                item.key = Key::Boolean(true);
            }
        });
        let items = KeyBalance::of(&bank).true_keys;
        assert!(items >= 8);
        assert_eq!(
            check(&bank),
            vec![BalanceWarning::TrueFalse {
                true_keys: items,
                items
            }]
        );
    }

    #[test]
    fn an_ordering_keyed_as_shown_is_named() {
        let content = defaults::content().expect("default content loads");
        let bank = rebuilt(&content.bank, |item| {
            if item.id == "dev-004" {
                item.key = Key::Order(item.options.iter().map(|o| o.id.clone()).collect());
            }
        });
        assert_eq!(
            check(&bank),
            vec![BalanceWarning::OrderAsShown { item: "dev-004".into() }]
        );
    }

    #[test]
    fn small_departures_are_not_reported() {
        // 3 of 4 true: one item over the expected 2 is below MIN_EXCESS_ITEMS.
        assert!(!is_unbalanced(3.0, 2.0, 4));
        // 12 of 18 true: 3 over, and 3 > 1.8.
        assert!(is_unbalanced(12.0, 9.0, 18));
        // 60 of 100: 10 over is not more than 10 % of 100.
        assert!(!is_unbalanced(60.0, 50.0, 100));
        assert!(is_unbalanced(61.0, 50.0, 100));
    }
}
