//! Calibration and batch-scoring speed (targets from issue 11, 2-core machine):
//! 2PL MML-EM on 10,000 × 200 dense < 2 s; sparse 50,000 × 1,000 with 20 answers each < 5 s;
//! EAP scoring of 1,000,000 patterns of 30 items < 2 s.

use criterion::{criterion_group, criterion_main, Criterion};
use nln_core::calibrate::{calibrate, Answer, CalibrationSettings, ItemSpec, ModelKind, ResponseData};
use nln_core::estimate::{EapScorer, NormalPrior, Quadrature};
use nln_core::irt::IrtModel;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, StandardNormal};
use std::time::Duration;

fn bank(n: usize, rng: &mut ChaCha8Rng) -> Vec<IrtModel> {
    (0..n)
        .map(|_| IrtModel::TwoPl {
            a: rng.gen_range(0.7..2.0),
            b: rng.gen_range(-2.0..2.0),
        })
        .collect()
}

/// `persons` rows, each answering `per_person` items drawn at random from `items`.
fn simulate(items: &[IrtModel], persons: usize, per_person: usize, rng: &mut ChaCha8Rng) -> ResponseData {
    let mut data = ResponseData::new(items.len());
    let mut order: Vec<usize> = (0..items.len()).collect();
    for _ in 0..persons {
        let theta: f64 = StandardNormal.sample(rng);
        if per_person < items.len() {
            for k in 0..per_person {
                let j = rng.gen_range(k..items.len());
                order.swap(k, j);
            }
        }
        let answers: Vec<Answer> = order[..per_person]
            .iter()
            .map(|&item| Answer {
                item,
                score: usize::from(rng.gen::<f64>() < items[item].p_correct(theta)),
            })
            .collect();
        data.push(&answers, 1.0).unwrap();
    }
    data
}

fn settings() -> CalibrationSettings {
    CalibrationSettings {
        standard_errors: false,
        ..CalibrationSettings::default()
    }
}

fn calibration(c: &mut Criterion) {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let items = bank(200, &mut rng);
    let dense = simulate(&items, 10_000, 200, &mut rng);
    let specs = vec![ItemSpec::free(ModelKind::TwoPl); 200];
    let mut group = c.benchmark_group("calibrate");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("2pl dense 10000 x 200", |b| {
        b.iter(|| calibrate(&dense, &specs, &settings(), &mut |_| {}).unwrap())
    });
    let items = bank(1000, &mut rng);
    let sparse = simulate(&items, 50_000, 20, &mut rng);
    let specs = vec![ItemSpec::free(ModelKind::TwoPl); 1000];
    group.bench_function("2pl sparse 50000 x 1000, 20 each", |b| {
        b.iter(|| calibrate(&sparse, &specs, &settings(), &mut |_| {}).unwrap())
    });
    group.finish();
}

fn scoring(c: &mut Criterion) {
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    let items = bank(30, &mut rng);
    let patterns: Vec<u32> = (0..1_000_000).map(|_| rng.gen::<u32>() & ((1 << 30) - 1)).collect();
    let scorer = EapScorer::new(&items, Quadrature::new(NormalPrior::default(), 61));
    let mut group = c.benchmark_group("score");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("eap 1000000 patterns x 30 items", |b| {
        b.iter(|| {
            let mut scratch = Vec::new();
            let mut sum = 0.0;
            for &p in &patterns {
                sum += scorer
                    .score((0..30).map(|i| (i, ((p >> i) & 1) as usize)), &mut scratch)
                    .theta;
            }
            sum
        })
    });
    group.finish();
}

criterion_group!(benches, calibration, scoring);
criterion_main!(benches);
