//! Psychometric checks on simulated data: the estimators recover known abilities with the
//! accuracy and biases the literature predicts, and test information predicts the sampling
//! spread of the maximum likelihood estimate.

use nln_core::content::Item;
use nln_core::estimate::{estimate, log_likelihood, test_information, EstimationSettings, Method, Scored};
use nln_core::irt::IrtModel;
use nln_core::simulate::draw_score;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

/// A fixed 40-item 2PL test: difficulties evenly over [-2.5, 2.5], discriminations cycling
/// through 0.8 … 2.0 (a well-built linear test).
fn test_items() -> Vec<Item> {
    (0..40)
        .map(|i| {
            let b = -2.5 + 5.0 * i as f64 / 39.0;
            let a = 0.8 + 0.3 * (i % 5) as f64;
            Item::synthetic(format!("t-{i:02}"), "1.1", "DEV", IrtModel::TwoPl { a, b })
        })
        .collect()
}

fn models(items: &[Item]) -> Vec<&IrtModel> {
    items.iter().filter_map(|i| i.irt.as_ref()).collect()
}

/// One simulee's scores on every item.
fn answer(items: &[Item], theta: f64, rng: &mut impl Rng) -> Vec<usize> {
    items.iter().map(|item| draw_score(item, theta, rng)).collect()
}

fn scored<'a>(models: &[&'a IrtModel], scores: &[usize]) -> Vec<Scored<'a>> {
    models.iter().zip(scores).map(|(m, &s)| Scored::new(m, s)).collect()
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn sd(xs: &[f64]) -> f64 {
    let m = mean(xs);
    (xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt()
}

fn correlation(xs: &[f64], ys: &[f64]) -> f64 {
    let (mx, my) = (mean(xs), mean(ys));
    let cov: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let vx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let vy: f64 = ys.iter().map(|y| (y - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

fn rmse(truth: &[f64], est: &[f64]) -> f64 {
    (truth.iter().zip(est).map(|(t, e)| (e - t).powi(2)).sum::<f64>() / truth.len() as f64).sqrt()
}

struct Recovery {
    truth: Vec<f64>,
    eap: Vec<f64>,
    mle: Vec<f64>,
    wle: Vec<f64>,
}

fn recover(n: usize, seed: u64) -> Recovery {
    let items = test_items();
    let models = models(&items);
    let settings = EstimationSettings::default();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut r = Recovery {
        truth: vec![],
        eap: vec![],
        mle: vec![],
        wle: vec![],
    };
    for _ in 0..n {
        let theta: f64 = rng.sample(StandardNormal);
        let scores = answer(&items, theta, &mut rng);
        let responses = scored(&models, &scores);
        r.truth.push(theta);
        r.eap.push(estimate(Method::Eap, &responses, &settings).theta);
        r.mle.push(estimate(Method::Mle, &responses, &settings).theta);
        r.wle.push(estimate(Method::Wle, &responses, &settings).theta);
    }
    r
}

/// N = 2000 simulees from N(0, 1) take the 40-item test; each is scored with EAP, MLE and WLE.
#[test]
fn parameter_recovery_on_a_fixed_2pl_test() {
    let r = recover(2000, 20_240_601);

    for (name, est) in [("EAP", &r.eap), ("MLE", &r.mle), ("WLE", &r.wle)] {
        let c = correlation(&r.truth, est);
        let bias = mean(&est.iter().zip(&r.truth).map(|(e, t)| e - t).collect::<Vec<_>>());
        println!(
            "{name}: r = {c:.4}, bias = {bias:+.4}, RMSE = {:.4}",
            rmse(&r.truth, est)
        );
        assert!(c > 0.9, "{name}: correlation with the true theta {c:.4}");
    }

    // EAP with the population's own prior is unbiased over the population (its shrinkage toward
    // the mean cancels between low and high abilities). The SE of the mean error is about
    // 0.3 / sqrt(2000) ≈ 0.007, so 0.03 is a 4-SE margin.
    let eap_bias = mean(&r.eap.iter().zip(&r.truth).map(|(e, t)| e - t).collect::<Vec<_>>());
    assert!(eap_bias.abs() < 0.03, "EAP mean bias {eap_bias:+.4}");

    // EAP trades a little bias for much less variance: lower RMSE than MLE (Bock & Mislevy, 1982).
    let (eap_rmse, mle_rmse) = (rmse(&r.truth, &r.eap), rmse(&r.truth, &r.mle));
    assert!(eap_rmse <= mle_rmse, "EAP RMSE {eap_rmse:.4} > MLE RMSE {mle_rmse:.4}");

    // Warm (1989): MLE is biased outward (away from the centre of the test) by O(1/n); WLE
    // removes the first-order term. Measured over the whole |theta| > 1.5 group, with errors
    // signed outward (sign(theta) × (estimate − theta)) so that the two tails do not cancel.
    // For this test the MLE bias there is only about +0.02 (Lord's -J / 2I²), the same size as
    // the Monte Carlo SE of a group mean from one answer sheet per simulee (~0.36 / sqrt(250)),
    // so each simulee of the group answers the test 25 more times; both estimators are scored on
    // the same answer sheets. To be fair to MLE, sheets with an all-correct or all-wrong pattern
    // (no MLE exists; it sits on the bound) are left out for both.
    let extreme: Vec<f64> = r.truth.iter().copied().filter(|t| t.abs() > 1.5).collect();
    assert!(extreme.len() > 150, "{} simulees with |theta| > 1.5", extreme.len());
    let items = test_items();
    let models = models(&items);
    let settings = EstimationSettings::default();
    let mut rng = ChaCha8Rng::seed_from_u64(1989);
    let (mut mle_out, mut wle_out, mut sheets, mut left_out) = (Vec::new(), Vec::new(), 0, 0);
    for &theta in &extreme {
        for _ in 0..25 {
            let scores = answer(&items, theta, &mut rng);
            let responses = scored(&models, &scores);
            let mle = estimate(Method::Mle, &responses, &settings);
            sheets += 1;
            if mle.bounded {
                left_out += 1;
                continue;
            }
            let wle = estimate(Method::Wle, &responses, &settings);
            mle_out.push(theta.signum() * (mle.theta - theta));
            wle_out.push(theta.signum() * (wle.theta - theta));
        }
    }
    let (mle_bias, wle_bias) = (mean(&mle_out), mean(&wle_out));
    println!(
        "|theta| > 1.5: {} simulees, {sheets} sheets ({left_out} perfect or zero left out); outward bias MLE {mle_bias:+.4}, WLE {wle_bias:+.4}",
        extreme.len()
    );
    assert!(mle_bias > 0.0, "MLE is biased outward at the extremes: {mle_bias:+.4}");
    assert!(
        wle_bias.abs() < mle_bias.abs(),
        "WLE bias {wle_bias:+.4} not smaller than MLE bias {mle_bias:+.4}"
    );
}

/// Test information is the sum of item informations; for a 2PL test it is the closed form
/// sum a² P Q, and it equals the observed information -l''(theta) for every response pattern
/// (the 2PL log-likelihood's curvature does not depend on the responses).
#[test]
fn test_information_is_the_sum_of_item_informations() {
    let items = test_items();
    let models = models(&items);
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for i in 0..=40 {
        let theta = -4.0 + 0.2 * i as f64;
        let total = test_information(models.iter().copied(), theta);
        let sum: f64 = models.iter().map(|m| m.information(theta)).sum();
        assert!((total - sum).abs() <= 1e-12 * sum, "theta {theta}: {total} vs {sum}");
        let closed: f64 = models
            .iter()
            .map(|m| {
                let a = m.discrimination();
                let p = m.p_correct(theta);
                a * a * p * (1.0 - p)
            })
            .sum();
        assert!(
            (total - closed).abs() <= 1e-12 * closed,
            "theta {theta}: {total} vs closed form {closed}"
        );
        let scores = answer(&items, rng.gen_range(-2.0..2.0), &mut rng);
        let (_, _, d2) = log_likelihood(&scored(&models, &scores), theta);
        assert!(
            (total + d2).abs() <= 1e-9 * closed,
            "theta {theta}: I = {total}, -l'' = {}",
            -d2
        );
    }
    // Adding items adds information, item by item.
    let half = test_information(models[..20].iter().copied(), 0.3);
    let rest = test_information(models[20..].iter().copied(), 0.3);
    assert!((half + rest - test_information(models.iter().copied(), 0.3)).abs() < 1e-12);
}

/// The MLE's sampling SD at theta = 0.5 on the 40-item test is close to 1 / sqrt(I(0.5))
/// (its asymptotic SE; within 15%), and the SE the estimator reports agrees too.
#[test]
fn information_predicts_the_spread_of_the_mle() {
    let items = test_items();
    let models = models(&items);
    let settings = EstimationSettings::default();
    let theta = 0.5;
    let predicted = 1.0 / test_information(models.iter().copied(), theta).sqrt();
    let mut rng = ChaCha8Rng::seed_from_u64(99);
    let mut estimates = Vec::new();
    let mut reported = Vec::new();
    for _ in 0..2000 {
        let scores = answer(&items, theta, &mut rng);
        let e = estimate(Method::Mle, &scored(&models, &scores), &settings);
        assert!(!e.bounded, "a 40-item test at theta 0.5 gives a mixed pattern");
        estimates.push(e.theta);
        reported.push(e.se);
    }
    let empirical = sd(&estimates);
    println!(
        "theta 0.5: 1/sqrt(I) = {predicted:.4}, empirical SD of the MLE = {empirical:.4}, mean reported SE = {:.4}, mean MLE = {:.4}",
        mean(&reported),
        mean(&estimates)
    );
    assert!(
        (empirical / predicted - 1.0).abs() < 0.15,
        "SD {empirical:.4} vs 1/sqrt(I) {predicted:.4}"
    );
    assert!((mean(&reported) / predicted - 1.0).abs() < 0.15);
    assert!(
        (mean(&estimates) - theta).abs() < 0.05,
        "the MLE is nearly unbiased at 0.5"
    );
}
