//! Sympson–Hetter exposure control in live sessions: the bank's `exposure_acceptance` sets
//! items aside at their rate, the calibration finds the closed-form parameters where they are
//! known, a resumed session replays the same choices, and a bad parameter is refused with its
//! file, line and field.

use nln_core::cat::{CatConfig, DeliveryMode, Next, Session, SessionState, Setup};
use nln_core::content::{Content, Item, LoadErrorKind};
use nln_core::defaults;
use nln_core::simulate::{
    draw_score, response_for_score, sympson_hetter_calibration, with_acceptance, SimulationConfig, SympsonHetter,
};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// One-item tests from a fixed start, maximum information, no balancing and no randomesque
/// draw: without exposure control every learner gets the same item, so each item's selection
/// rate follows from the acceptances of the items ranked above it.
fn one_item_config() -> CatConfig {
    let mut config = CatConfig {
        access_questionnaire: false,
        start_from_access: false,
        start_theta: Some(-1.0),
        randomesque: 1,
        content_balancing: false,
        ..CatConfig::default()
    };
    config.stopping.min_items = 1;
    config.stopping.max_items = 1;
    config.stopping.probes = None;
    config
}

/// Scored items by information at theta, best first (ties in bank order, as selection ranks).
fn ranked_at(content: &Content, theta: f64) -> Vec<usize> {
    let items = content.bank.items();
    let mut ranked: Vec<usize> = (0..items.len()).filter(|&i| items[i].is_scored()).collect();
    let info = |i: usize| items[i].irt.as_ref().map_or(0.0, |m| m.information(theta));
    ranked.sort_by(|&x, &y| info(y).total_cmp(&info(x)).then(x.cmp(&y)));
    ranked
}

fn first_item(content: &Content, config: &CatConfig, seed: u64) -> String {
    let mut s = Session::start(content, config.clone(), Setup::new(seed).mode(DeliveryMode::Assisted)).unwrap();
    match s.next_item() {
        Next::Ask(item) => item.id.clone(),
        Next::Done(reason) => panic!("no first item ({reason:?})"),
    }
}

#[test]
fn an_item_is_given_at_its_acceptance_rate_and_set_aside_otherwise() {
    // Every item at acceptance ½: the best item is given with probability ½, the second ¼,
    // the third ⅛ (each set-aside draw independent).
    let shipped = defaults::content().unwrap();
    let half = vec![0.5; shipped.bank.len()];
    let content = with_acceptance(&shipped, Some(&half));
    let config = one_item_config();
    let ranked = ranked_at(&content, -1.0);
    let n = 4000;
    let mut counts = [0usize; 3];
    for seed in 0..n {
        let id = first_item(&content, &config, seed);
        for (rank, count) in counts.iter_mut().enumerate() {
            *count += usize::from(content.bank.items()[ranked[rank]].id == id);
        }
    }
    for (rank, expected) in [0.5, 0.25, 0.125].into_iter().enumerate() {
        let share = counts[rank] as f64 / n as f64;
        // Binomial SD at n = 4,000 is at most 0.008.
        assert!((share - expected).abs() < 0.03, "rank {rank}: {share} vs {expected}");
    }
    // Without parameters the best item goes to everyone.
    let plain = with_acceptance(&shipped, None);
    let best = &plain.bank.items()[ranked[0]].id;
    assert!((0..50).all(|seed| first_item(&plain, &config, seed) == *best));
}

#[test]
fn the_calibration_finds_the_closed_form_parameters() {
    // One-item tests: the best item is selected by everyone, so its acceptance must be r; the
    // second is selected when the first is set aside (1 − r), so r / (1 − r); the third when
    // both are, 1 − 2r, so r / (1 − 2r); the fourth, selected 1 − 3r = r of the time at
    // r = ¼, needs none.
    let content = defaults::content().unwrap();
    let config = SimulationConfig {
        cat: one_item_config(),
        exposure_control: false,
        ..SimulationConfig::default()
    };
    let r = 0.25;
    let sh = SympsonHetter {
        max_rate: r,
        rounds: 6,
        learners: 2500,
    };
    let k = sympson_hetter_calibration(&content, std::slice::from_ref(&config), sh);
    let ranked = ranked_at(&content, -1.0);
    let expected = [r, r / (1.0 - r), r / (1.0 - 2.0 * r), 1.0];
    for (rank, want) in expected.into_iter().enumerate() {
        let got = k[ranked[rank]];
        assert!((got - want).abs() < 0.05, "rank {rank}: {got} vs {want}");
    }
    // Items never selected keep 1; access questions never get a parameter.
    for &i in &ranked[6..] {
        assert_eq!(k[i], 1.0, "{}", content.bank.items()[i].id);
    }
    let items = content.bank.items();
    assert!((0..items.len()).all(|i| items[i].is_scored() || k[i] == 1.0));
    // The parameters hold every item's exposure at the target in fresh sessions.
    let calibrated = with_acceptance(&content, Some(&k));
    let n = 2500;
    let mut given = std::collections::BTreeMap::<String, usize>::new();
    for seed in 10_000..10_000 + n {
        *given.entry(first_item(&calibrated, &config.cat, seed)).or_default() += 1;
    }
    let top = given.values().copied().max().unwrap() as f64 / n as f64;
    assert!(top < r + 0.035, "top exposure {top}");
}

/// Answers a whole session by the model at `theta`, saving the state after every answer and
/// resuming from it, and checks each resumed session goes on exactly as the live one.
fn resumed_at_every_step(content: &Content, seed: u64, theta: f64) -> SessionState {
    let setup = Setup::new(seed).mode(DeliveryMode::Assisted);
    let mut live = Session::start(content, CatConfig::default(), setup).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    loop {
        let saved = serde_json::to_string(live.state()).unwrap();
        let mut resumed = Session::resume(content, serde_json::from_str(&saved).unwrap()).expect("the state resumes");
        let (a, b) = (live.next_item(), resumed.next_item());
        let item: &Item = match (a, b) {
            (Next::Ask(x), Next::Ask(y)) => {
                assert_eq!(x.id, y.id, "seed {seed}: the resumed session chose another item");
                x
            }
            (Next::Done(x), Next::Done(y)) => {
                assert_eq!(x, y);
                return live.state().clone();
            }
            other => panic!("seed {seed}: live and resumed sessions disagree: {other:?}"),
        };
        let response = if item.is_scored() {
            response_for_score(item, draw_score(item, theta, &mut rng), &mut rng)
        } else {
            nln_core::content::Response::Skip
        };
        let id = item.id.clone();
        live.answer(&id, response).unwrap();
    }
}

#[test]
fn a_resumed_session_sets_aside_the_same_items() {
    let shipped = defaults::content().unwrap();
    let k: Vec<f64> = (0..shipped.bank.len()).map(|i| [0.3, 0.6, 1.0][i % 3]).collect();
    let content = with_acceptance(&shipped, Some(&k));
    let mut differs = 0;
    for seed in 0..12 {
        let theta = -2.5 + 0.4 * seed as f64;
        let state = resumed_at_every_step(&content, seed, theta);
        // The parameters change the test: the same seed and answers on the bank without them
        // choose other items at some step.
        let plain = with_acceptance(&shipped, None);
        let mut replay = state.clone();
        replay.content_digest = plain.digest();
        differs += usize::from(Session::resume(&plain, replay).is_err());
    }
    assert!(differs >= 10, "Sympson–Hetter changed only {differs} of 12 tests");
}

#[test]
fn an_acceptance_outside_0_1_is_refused_with_its_place() {
    const DEV: &str = "banks/default/dev.yaml";
    for bad in ["0", "1.5", "-0.2", "1e309"] {
        let mut sources = defaults::sources();
        let text = sources.get(DEV).unwrap().to_string();
        let anchor = "  - id: dev-001\n";
        let start = text.find(anchor).unwrap();
        let limit = "    exposure_limit: 0.3\n";
        let at = start + text[start..].find(limit).unwrap() + limit.len();
        let edited = format!("{}    exposure_acceptance: {bad}\n{}", &text[..at], &text[at..]);
        let line = edited[..at].matches('\n').count() + 1;
        sources.insert(DEV, edited);
        let errors = Content::load(&sources, "default")
            .expect_err("a bad acceptance is refused")
            .0;
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        let e = &errors[0];
        assert_eq!(
            (e.file.as_str(), e.field.as_str()),
            (DEV, "items[0].exposure_acceptance"),
            "{bad}"
        );
        assert_eq!(e.line, line, "{bad}");
        assert!(matches!(e.kind, LoadErrorKind::InvalidValue(_)), "{bad}: {e}");
    }
}
