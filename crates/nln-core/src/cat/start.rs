//! Where the adaptive test starts for one learner. A learner who has never used a phone should
//! meet Foundation items first, not a question written for NLN 4: the access questionnaire's
//! answers set the first item's ability and the prior mean of the estimate.
//!
//! The table below is provisional, like the bank's parameters: each answer names the ability
//! (logistic metric, the scale of `levels.yaml`) at the middle of the levels that answer usually
//! goes with. The prior keeps the population SD, so the answers steer the start and shrink the
//! estimate only as much as one population-wide prior would: a learner who under-reports still
//! climbs after a few right answers.

use crate::content::{Item, Response};

/// One access answer that moves the start: the self-report field, the option's value, and the
/// ability to start at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StartPoint {
    /// Access-profile field of the self-report item.
    pub field: &'static str,
    /// Value of the option chosen.
    pub value: &'static str,
    /// Ability the first scored item is chosen for.
    pub theta: f64,
}

/// The default table: the experience question of the access questionnaire (how the learner uses
/// a phone or computer today). Thetas sit in F, NLN 1–2, NLN 3–4 and NLN 6 (cuts -2.6, -2.0,
/// -1.5, -1.0, -0.5, 0.0, 0.5).
pub const DEFAULT_START_POINTS: &[StartPoint] = &[
    StartPoint {
        field: "experience",
        value: "never",
        theta: -3.0,
    },
    StartPoint {
        field: "experience",
        value: "with_help",
        theta: -2.3,
    },
    StartPoint {
        field: "experience",
        value: "calls_messages",
        theta: -1.2,
    },
    StartPoint {
        field: "experience",
        value: "many_tasks",
        theta: 0.3,
    },
];

/// The start chosen for a learner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Start {
    /// Ability the first scored item is chosen for, and the prior mean.
    pub theta: f64,
    /// How many access answers it rests on.
    pub answers: usize,
}

/// The ability a self-report option stands for in `points`, if any.
pub fn option_theta(points: &[StartPoint], item: &Item, option: &str) -> Option<f64> {
    let field = item.profile_field.as_deref()?;
    let value = item.options.iter().find(|o| o.id == option)?.value.as_deref()?;
    points
        .iter()
        .find(|p| p.field == field && p.value == value)
        .map(|p| p.theta)
}

/// The start from the access answers given so far: the mean of the abilities their options
/// stand for. `None` when no answer is in the table (skipped, or no questionnaire): the session
/// then keeps its fixed start.
pub fn start_from_answers<'a>(
    points: &[StartPoint],
    answers: impl IntoIterator<Item = (&'a Item, &'a Response)>,
) -> Option<Start> {
    let thetas: Vec<f64> = answers
        .into_iter()
        .filter_map(|(item, response)| match response {
            Response::Choice { option } => option_theta(points, item, option),
            _ => None,
        })
        .collect();
    if thetas.is_empty() {
        return None;
    }
    Some(Start {
        theta: thetas.iter().sum::<f64>() / thetas.len() as f64,
        answers: thetas.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults;

    fn experience_item() -> Item {
        let content = defaults::content().expect("default content loads");
        let item = content
            .bank
            .items()
            .iter()
            .find(|i| i.profile_field.as_deref() == Some("experience"))
            .expect("the default bank asks about experience")
            .clone();
        item
    }

    fn choice(option: &str) -> Response {
        Response::Choice { option: option.into() }
    }

    #[test]
    fn every_experience_option_has_a_start_in_increasing_order() {
        let item = experience_item();
        let thetas: Vec<f64> = item
            .options
            .iter()
            .map(|o| option_theta(DEFAULT_START_POINTS, &item, &o.id).expect("in the table"))
            .collect();
        assert_eq!(thetas.len(), 4);
        assert!(thetas.windows(2).all(|w| w[0] < w[1]), "{thetas:?}");
    }

    #[test]
    fn never_used_a_phone_starts_at_foundation() {
        let content = defaults::content().unwrap();
        let item = experience_item();
        let never = item
            .options
            .iter()
            .find(|o| o.value.as_deref() == Some("never"))
            .unwrap();
        let response = choice(&never.id);
        let start = start_from_answers(DEFAULT_START_POINTS, [(&item, &response)]).unwrap();
        assert_eq!(content.levels.level_of(start.theta), 0);
        assert_eq!(start.answers, 1);
    }

    /// Answers the access questions (the experience question with `experience`, the others with
    /// their first option) and returns the session at its first scored item.
    fn first_scored<'c>(content: &'c crate::content::Content, experience: &str) -> (crate::cat::Session<'c>, &'c Item) {
        use crate::cat::{CatConfig, Next, Session};
        let mut session = Session::new(content, CatConfig::default(), 7).expect("the default config is valid");
        loop {
            let Next::Ask(item) = session.next_item() else {
                panic!("the test ended before a scored item")
            };
            if item.is_scored() {
                return (session, item);
            }
            let option = if item.profile_field.as_deref() == Some("experience") {
                experience.to_string()
            } else {
                item.options[0].id.clone()
            };
            let id = item.id.clone();
            session.answer(&id, choice(&option)).unwrap();
        }
    }

    #[test]
    fn a_session_starts_where_the_experience_answer_points() {
        let content = defaults::content().unwrap();
        let (never, first) = first_scored(&content, "a");
        assert_eq!(never.learner_start().map(|s| s.theta), Some(-3.0));
        let location = first.irt.as_ref().unwrap().location();
        assert!(content.levels.level_of(location) <= 2, "{} at {location}", first.id);
        assert!((never.estimate().theta + 3.0).abs() < 1e-6, "the prior mean moved");

        let (many, first) = first_scored(&content, "d");
        assert_eq!(many.learner_start().map(|s| s.theta), Some(0.3));
        let location = first.irt.as_ref().unwrap().location();
        assert!(location > -1.0, "{} at {location}", first.id);
    }

    #[test]
    fn a_resumed_session_keeps_its_start() {
        use crate::cat::{Next, Session};
        let content = defaults::content().unwrap();
        let (mut session, mut item) = first_scored(&content, "b");
        for _ in 0..3 {
            let id = item.id.clone();
            session.answer(&id, Response::Skip).unwrap();
            let Next::Ask(next) = session.next_item() else {
                panic!("ended early")
            };
            item = next;
        }
        let resumed = Session::resume(&content, session.state().clone()).unwrap();
        assert_eq!(resumed.learner_start(), session.learner_start());
        assert_eq!(resumed.estimate(), session.estimate());
        assert_eq!(resumed.state(), session.state());
    }

    #[test]
    fn answers_outside_the_table_leave_the_fixed_start() {
        let item = experience_item();
        let skipped = Response::Skip;
        assert_eq!(start_from_answers(DEFAULT_START_POINTS, [(&item, &skipped)]), None);
        let unknown = choice("zz");
        assert_eq!(start_from_answers(DEFAULT_START_POINTS, [(&item, &unknown)]), None);
        assert_eq!(start_from_answers(&[], [(&item, &choice("a"))]), None);
    }
}

#[cfg(test)]
mod mutation_tests;
