//! Benchmarks of the adaptive test's hot paths:
//!
//! - `cat_step/1000_items`: one step — record an answer, update the estimate, choose the next
//!   item — on a synthetic 1,000-item bank, in a session that already has 15 answers
//!   (target < 10 µs); `cat_step_unbalanced/*` the same without content balancing, so that the
//!   selector scans the whole bank (target ≤ 5 µs);
//! - `eap_30/*`: the EAP estimate after 30 responses from the running likelihood grid the
//!   session keeps (target < 2 µs), one incremental update, and from scratch for comparison;
//! - `simulate/100_learners_default_bank`: a 100-learner simulation on the shipped bank.
//!
//! Run: `cargo bench -p nln-core --bench cat -- --warm-up-time 1 --measurement-time 3`

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};
use nln_core::cat::{CatConfig, DeliveryMode, Next, Session, Setup, StoppingRules};
use nln_core::content::{Bank, Calibration, Content, Item, Response};
use nln_core::defaults;
use nln_core::estimate::{eap, LikelihoodGrid, NormalPrior, Quadrature, Scored};
use nln_core::irt::IrtModel;
use nln_core::simulate::{draw_score, simulate, SimulationConfig};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The default framework and levels with a synthetic bank of `n` scored items: 2PL and 3PL
/// (one in three), spread round-robin over the framework's areas and their competences,
/// a ~ U(0.6, 2.2), b ~ U(-3, 3), c ~ U(0.1, 0.25).
fn synthetic_content(n: usize, seed: u64) -> Content {
    let base = defaults::content().expect("the default content loads");
    let areas = &base.framework.areas;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let items = (0..n)
        .map(|i| {
            let area = &areas[i % areas.len()];
            let competence = &area.competences[(i / areas.len()) % area.competences.len()];
            let a = rng.gen_range(0.6..2.2);
            let b = rng.gen_range(-3.0..3.0);
            let irt = if i % 3 == 0 {
                IrtModel::ThreePl {
                    a,
                    b,
                    c: rng.gen_range(0.1..0.25),
                }
            } else {
                IrtModel::TwoPl { a, b }
            };
            Item::synthetic(format!("syn-{i:04}"), &competence.id, &area.id, irt)
        })
        .collect();
    let bank = Bank::new(
        "synthetic".into(),
        "1".into(),
        "bank-synthetic".into(),
        Calibration::Provisional,
        items,
    );
    Content {
        framework: base.framework,
        levels: base.levels,
        bank,
        placement: base.placement,
    }
}

/// A session of a learner at `theta` with `answers` scored answers and the next item pending.
/// The stopping rules are off, so the session never ends in the benchmark.
fn session_with_answers(content: &Content, theta: f64, answers: usize, content_balancing: bool) -> Session<'_> {
    let config = CatConfig {
        access_questionnaire: false,
        content_balancing,
        stopping: StoppingRules {
            min_items: 100,
            max_items: 100,
            se_target: None,
            classification: None,
            probes: None,
            gap_probes: None,
        },
        ..CatConfig::default()
    };
    let setup = Setup::new(42).mode(DeliveryMode::Assisted);
    let mut session = Session::start(content, config, setup).expect("a valid config");
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for _ in 0..answers {
        let Next::Ask(item) = session.next_item() else {
            unreachable!("stopping rules are off")
        };
        let score = draw_score(item, theta, &mut rng) as u8;
        let id = item.id.clone();
        session
            .answer(&id, Response::Score { score })
            .expect("a score fits a task item");
    }
    session
}

fn cat_step(c: &mut Criterion) {
    let content = synthetic_content(1000, 2024);
    for (group, balancing) in [("cat_step", true), ("cat_step_unbalanced", false)] {
        step_group(c, group, &session_with_answers(&content, 0.7, 15, balancing));
    }
}

/// The whole step, then its two halves, to see where the time goes.
fn step_group(c: &mut Criterion, name: &str, session: &Session<'_>) {
    let mut session = session.clone();
    let Next::Ask(item) = session.next_item() else {
        unreachable!()
    };
    let pending = item.id.clone();
    let mut answered = session.clone();
    answered.answer(&pending, Response::Score { score: 1 }).expect("answer");
    let mut group = c.benchmark_group(name);
    group.bench_function("1000_items", |b| {
        b.iter_batched(
            || session.clone(),
            |mut s| {
                let e = s.answer(&pending, Response::Score { score: 1 }).expect("answer");
                let next = s.next_item();
                black_box((e, next));
                s
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("1000_items_answer_only", |b| {
        b.iter_batched(
            || session.clone(),
            |mut s| {
                black_box(s.answer(&pending, Response::Score { score: 1 }).expect("answer"));
                s
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("1000_items_next_only", |b| {
        b.iter_batched(
            || answered.clone(),
            |mut s| {
                black_box(s.next_item());
                s
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn eap_30(c: &mut Criterion) {
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let models: Vec<IrtModel> = (0..31)
        .map(|i| {
            let (a, b) = (rng.gen_range(0.6..2.2), rng.gen_range(-3.0..3.0));
            if i % 3 == 0 {
                IrtModel::ThreePl { a, b, c: 0.2 }
            } else {
                IrtModel::TwoPl { a, b }
            }
        })
        .collect();
    let scores: Vec<usize> = models
        .iter()
        .map(|m| usize::from(m.p_correct(0.5) > rng.gen::<f64>()))
        .collect();
    let scored: Vec<Scored> = models
        .iter()
        .zip(&scores)
        .take(30)
        .map(|(m, &s)| Scored::new(m, s))
        .collect();
    let quadrature = Quadrature::new(NormalPrior::default(), 61);
    let mut grid = LikelihoodGrid::new(&quadrature);
    for r in &scored {
        grid.add(&quadrature, r.model, r.score);
    }
    assert_eq!(grid.eap(&quadrature), eap(&scored, &quadrature));

    let mut group = c.benchmark_group("eap_30");
    group.bench_function("running_grid", |b| {
        b.iter(|| black_box(&grid).eap(black_box(&quadrature)))
    });
    group.bench_function("grid_add_one_then_eap", |b| {
        b.iter_batched(
            || grid.clone(),
            |mut g| {
                g.add(&quadrature, &models[30], scores[30]);
                black_box(g.eap(&quadrature))
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("from_scratch", |b| {
        b.iter(|| eap(black_box(&scored), black_box(&quadrature)))
    });
    group.finish();
}

fn simulation(c: &mut Criterion) {
    let content = defaults::content().expect("the default content loads");
    let config = SimulationConfig {
        learners: 100,
        seed: 3,
        ..SimulationConfig::default()
    };
    let mut group = c.benchmark_group("simulate");
    group.sample_size(10);
    group.bench_function("100_learners_default_bank", |b| {
        b.iter(|| simulate(&content, &config, |_, _| {}))
    });
    group.finish();
}

criterion_group!(benches, cat_step, eap_30, simulation);
criterion_main!(benches);
