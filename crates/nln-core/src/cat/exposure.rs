use super::session::SessionState;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How often each item has been given, across sessions. The caller keeps it (the core does no
/// I/O) and hands it to [`super::Session::next_item_with_exposure`]; items whose observed exposure
/// rate has reached their `exposure_limit` are passed over while other items can serve.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExposureLedger {
    sessions: u64,
    counts: BTreeMap<String, u64>,
}

impl ExposureLedger {
    /// An empty ledger: no session recorded, every rate 0.
    pub fn new() -> ExposureLedger {
        ExposureLedger::default()
    }

    /// Counts a finished (or abandoned) session's items.
    pub fn record(&mut self, session: &SessionState) {
        self.sessions += 1;
        for a in &session.answers {
            *self.counts.entry(a.item.clone()).or_insert(0) += 1;
        }
    }

    /// Sessions recorded.
    pub fn sessions(&self) -> u64 {
        self.sessions
    }

    /// Share of recorded sessions that gave `item`.
    pub fn rate(&self, item: &str) -> f64 {
        if self.sessions == 0 {
            return 0.0;
        }
        self.counts.get(item).copied().unwrap_or(0) as f64 / self.sessions as f64
    }

    /// The highest exposure rate of any item.
    pub fn max_rate(&self) -> f64 {
        self.counts.keys().map(|k| self.rate(k)).fold(0.0, f64::max)
    }
}

/// A uniform number in [0, 1) from 64 random bits (the top 53, as many as an `f64` holds):
/// the Sympson–Hetter draw an item's `exposure_acceptance` is compared with.
pub(crate) fn acceptance_draw(bits: u64) -> f64 {
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

/// One Sympson–Hetter update (Sympson & Hetter, 1985): an item given at rate `given` under
/// acceptance `k` was selected at rate `given / k`; above the target `max_rate` its new
/// acceptance is `max_rate / selected`, else 1. Iterated over simulations, the selection
/// rates settle and no item is given more often than the target.
pub fn sympson_hetter_update(given: f64, k: f64, max_rate: f64) -> f64 {
    let selected = if k > 0.0 { given / k } else { 0.0 };
    if selected > max_rate {
        (max_rate / selected).clamp(f64::MIN_POSITIVE, 1.0)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rates are the share of recorded sessions that gave an item.
    #[test]
    fn rates_are_shares_of_the_recorded_sessions() {
        let empty = ExposureLedger::new();
        assert_eq!((empty.sessions(), empty.rate("a"), empty.max_rate()), (0, 0.0, 0.0));
        let ledger: ExposureLedger =
            serde_json::from_value(serde_json::json!({"sessions": 4, "counts": {"a": 1, "b": 3}})).unwrap();
        assert_eq!(ledger.sessions(), 4);
        assert_eq!(ledger.rate("a"), 0.25);
        assert_eq!(ledger.rate("b"), 0.75);
        assert_eq!(ledger.rate("never"), 0.0);
        assert_eq!(ledger.max_rate(), 0.75);
    }

    /// Recording a session counts it once and each item it gave once; rates follow.
    #[test]
    fn recording_counts_the_session_and_each_item_it_gave() {
        use crate::cat::{CatConfig, Next, Session, Setup};
        use crate::content::Response;
        let content = crate::defaults::content().unwrap();
        let mut session = Session::start(&content, CatConfig::default(), Setup::new(42)).unwrap();
        let mut given = Vec::new();
        for _ in 0..3 {
            let Next::Ask(item) = session.next_item() else { break };
            let id = item.id.clone();
            session.answer(&id, Response::Skip).unwrap();
            given.push(id);
        }
        assert_eq!(given.len(), 3);
        let mut ledger = ExposureLedger::new();
        ledger.record(session.state());
        ledger.record(session.state());
        assert_eq!(ledger.sessions(), 2);
        for id in &given {
            assert_eq!(ledger.rate(id), 1.0, "{id}");
        }
        ledger.record(&SessionState {
            answers: Vec::new(),
            ..session.state().clone()
        });
        assert_eq!(ledger.sessions(), 3);
        assert_eq!(ledger.rate(&given[0]), 2.0 / 3.0);
    }

    /// Sympson & Hetter's update: selection rate = given / acceptance; above the target the
    /// new acceptance is target / selection rate, at or below it 1; an item never accepted
    /// (acceptance 0) was never selected; the result stays positive.
    #[test]
    fn the_sympson_hetter_update_follows_its_definition() {
        assert_eq!(sympson_hetter_update(0.6, 0.5, 0.3), 0.25);
        assert_eq!(sympson_hetter_update(0.2, 1.0, 0.3), 1.0);
        assert_eq!(
            sympson_hetter_update(0.25, 1.0, 0.25),
            1.0,
            "at the target is not above it"
        );
        assert_eq!(sympson_hetter_update(0.5, 0.0, 0.3), 1.0);
        assert_eq!(sympson_hetter_update(1.0, 1.0, 0.0), f64::MIN_POSITIVE);
    }

    /// The Sympson–Hetter draw uses the top 53 bits: 0 for none set, ½ for the top bit alone,
    /// just under 1 for all.
    #[test]
    fn the_acceptance_draw_is_the_top_53_bits_as_a_fraction() {
        assert_eq!(acceptance_draw(0), 0.0);
        assert_eq!(acceptance_draw(1 << 63), 0.5);
        assert_eq!(acceptance_draw(u64::MAX), 1.0 - 2f64.powi(-53));
        assert_eq!(acceptance_draw((1 << 11) - 1), 0.0, "the low 11 bits are dropped");
    }
}
