//! Tap-through items in a session: taps one at a time, the screen a learner is on, how a task
//! ends, what a saved state may hold, and the shipped items' guessing floors.

use nln_core::cat::{CatConfig, DeliveryMode, Next, Session, SessionError, Setup};
use nln_core::content::{Bank, Content, Item, ItemType, Key, Response, ResponseError};
use nln_core::irt::IrtModel;
use nln_core::present::{Input, Presentation, UiAnswer};

fn shipped() -> Content {
    nln_core::defaults::content().expect("the shipped content loads")
}

/// The shipped content with a bank of one item, so that item is the first one shown.
fn only(content: &Content, id: &str) -> Content {
    let item = content.bank.items().iter().find(|i| i.id == id).expect("item").clone();
    let bank = Bank::new(
        "tap-test".into(),
        "1".into(),
        content.bank.title.clone(),
        content.bank.calibration,
        vec![item],
    );
    Content {
        framework: content.framework.clone(),
        levels: content.levels.clone(),
        bank,
        placement: content.placement.clone(),
    }
}

fn path_of(item: &Item) -> Vec<String> {
    match &item.key {
        Key::Path(path) => path.clone(),
        other => panic!("{}: key {other:?}", item.id),
    }
}

fn start(content: &Content) -> (Session<'_>, Item) {
    let mut s = Session::start(content, CatConfig::default(), Setup::new(7)).unwrap();
    let Next::Ask(item) = s.next_item() else {
        panic!("no item")
    };
    let item = item.clone();
    (s, item)
}

fn tap(s: &mut Session<'_>, item: &Item, region: &str) {
    s.answer(&item.id, Response::Region { region: region.into() }).unwrap();
}

fn recorded(s: &Session<'_>) -> Option<Response> {
    s.state().answers.last().map(|a| a.response.clone())
}

#[test]
fn the_right_taps_lead_screen_by_screen_to_a_full_score() {
    let shipped = shipped();
    let content = only(&shipped, "dev-501");
    let (mut s, item) = start(&content);
    let path = path_of(&item);
    assert_eq!(path.len(), 3);
    let loc = nln_core::defaults::catalog().localizer("en");
    for (step, region) in path.iter().enumerate() {
        let p = Presentation::for_session(&s, &item, &loc);
        assert_eq!(p.input, Input::TapThrough);
        let screen = p.screen.expect("a screen");
        assert_eq!((screen.number, screen.count), (step + 1, 3));
        assert_eq!(p.image.as_deref(), Some(item.steps[step].image.as_str()));
        assert_eq!(p.choices.len(), item.steps[step].regions.len());
        assert_eq!(s.pending_taps(), &path[..step]);
        assert!(recorded(&s).is_none(), "no answer before the task ends");
        tap(&mut s, &item, region);
    }
    assert_eq!(recorded(&s), Some(Response::Path { regions: path.clone() }));
    assert_eq!(
        s.scored_answers().map(|(_, score)| score).collect::<Vec<_>>(),
        vec![Some(1)]
    );
    assert!(s.state().pending.is_none());
}

#[test]
fn a_wrong_tap_ends_the_task_and_a_tap_beside_every_region_changes_nothing() {
    let shipped = shipped();
    let content = only(&shipped, "dev-501");
    let (mut s, item) = start(&content);
    let path = path_of(&item);
    tap(&mut s, &item, &path[0]);
    // A tap on the status bar of the second screen is on no region: the same screen stays.
    let before = s.state().clone();
    s.answer(&item.id, Response::Tap { x: 5.0, y: 5.0 }).unwrap();
    assert_eq!(s.state(), &before);
    // A tap inside a wrong region of the second screen ends the task with score 0.
    let wrong = item.steps[1].regions.iter().find(|r| r.id != path[1]).unwrap();
    let (x, y) = centre(&wrong.shape);
    s.answer(&item.id, Response::Tap { x, y }).unwrap();
    assert_eq!(
        recorded(&s),
        Some(Response::Path {
            regions: vec![path[0].clone(), wrong.id.clone()]
        })
    );
    assert_eq!(
        s.scored_answers().map(|(_, score)| score).collect::<Vec<_>>(),
        vec![Some(0)]
    );
}

fn centre(shape: &nln_core::content::Shape) -> (f64, f64) {
    match *shape {
        nln_core::content::Shape::Rect { x, y, w, h } => (x + w / 2.0, y + h / 2.0),
        nln_core::content::Shape::Circle { cx, cy, .. } => (cx, cy),
    }
}

#[test]
fn dont_know_part_way_keeps_the_screens_passed() {
    let shipped = shipped();
    let content = only(&shipped, "com-501");
    let (mut s, item) = start(&content);
    let path = path_of(&item);
    tap(&mut s, &item, &path[0]);
    tap(&mut s, &item, &path[1]);
    s.answer(&item.id, Response::Skip).unwrap();
    assert_eq!(
        recorded(&s),
        Some(Response::Path {
            regions: path[..2].to_vec()
        })
    );
    assert_eq!(
        s.scored_answers().map(|(_, score)| score).collect::<Vec<_>>(),
        vec![Some(0)]
    );
}

#[test]
fn a_region_of_another_screen_is_refused_and_changes_nothing() {
    let shipped = shipped();
    let content = only(&shipped, "dev-501");
    let (mut s, item) = start(&content);
    let path = path_of(&item);
    let before = s.state().clone();
    let err = s
        .answer(
            &item.id,
            Response::Region {
                region: path[2].clone(),
            },
        )
        .unwrap_err();
    assert_eq!(
        err,
        SessionError::Response {
            item: item.id.clone(),
            error: ResponseError::UnknownOption(path[2].clone())
        }
    );
    assert_eq!(s.state(), &before);
    // A whole path that does not go on from the taps made is refused too.
    tap(&mut s, &item, &path[0]);
    let other = item.steps[0].regions.iter().find(|r| r.id != path[0]).unwrap();
    let err = s
        .answer(
            &item.id,
            Response::Path {
                regions: vec![other.id.clone()],
            },
        )
        .unwrap_err();
    assert!(matches!(
        err,
        SessionError::Response {
            error: ResponseError::BadPath,
            ..
        }
    ));
}

#[test]
fn a_saved_session_comes_back_to_the_same_screen_and_refuses_forged_taps() {
    let shipped = shipped();
    let content = only(&shipped, "dev-502");
    let (mut s, item) = start(&content);
    let path = path_of(&item);
    tap(&mut s, &item, &path[0]);
    tap(&mut s, &item, &path[1]);
    let json = serde_json::to_string(s.state()).unwrap();
    let state: nln_core::cat::SessionState = serde_json::from_str(&json).unwrap();
    let resumed = Session::resume(&content, state.clone()).unwrap();
    assert_eq!(resumed.pending_taps(), &path[..2]);
    let loc = nln_core::defaults::catalog().localizer("fr");
    let p = Presentation::for_session(&resumed, &item, &loc);
    assert_eq!(p.screen.map(|sc| sc.number), Some(3));

    let forged = |taps: Vec<String>| {
        let mut st = state.clone();
        st.pending.as_mut().unwrap().taps = taps;
        Session::resume(&content, st).map(|_| ()).unwrap_err()
    };
    let wrong_first = item.steps[0]
        .regions
        .iter()
        .find(|r| r.id != path[0])
        .unwrap()
        .id
        .clone();
    let bad = SessionError::BadTaps(item.id.clone());
    assert_eq!(
        forged(vec![wrong_first, path[1].clone()]),
        bad,
        "a wrong tap cannot lead on"
    );
    assert_eq!(forged(path.clone()), bad, "the last tap ends the task");
    assert_eq!(forged(vec!["nowhere".into()]), bad);

    // Taps on an item that is not a tap-through are refused as well.
    let choice = only(&shipped, "dev-001");
    let (mut c, _) = start(&choice);
    let _ = c.next_item();
    let mut st = c.state().clone();
    st.pending.as_mut().unwrap().taps = vec!["a".into()];
    let err = Session::resume(&choice, st).map(|_| ()).unwrap_err();
    assert!(matches!(err, SessionError::BadTaps(_)), "{err:?}");
}

#[test]
fn presentations_map_taps_and_list_choices_to_single_taps() {
    let shipped = shipped();
    let content = only(&shipped, "saf-501");
    let (mut s, item) = start(&content);
    let path = path_of(&item);
    let loc = nln_core::defaults::catalog().localizer("ar");
    let p = Presentation::for_session(&s, &item, &loc);
    assert_eq!(
        p.instructions.as_ref().map(|t| t.message_id.as_str()),
        Some("assess-tap-through-hint")
    );
    // The list alternative: the UI id whose region is the right one.
    let right = (1..=p.choices.len())
        .find(|&ui_id| {
            p.response(&UiAnswer::Pick { ui_id })
                == Ok(Response::Region {
                    region: path[0].clone(),
                })
        })
        .expect("the right region is listed");
    let response = p.response(&UiAnswer::Pick { ui_id: right }).unwrap();
    s.answer(&item.id, response).unwrap();
    // A tap in picture pixels passes through as a tap; the session finds its region.
    let p = Presentation::for_session(&s, &item, &loc);
    let region = item.steps[1].regions.iter().find(|r| r.id == path[1]).unwrap();
    let (x, y) = centre(&region.shape);
    let response = p.response(&UiAnswer::Tap { x, y }).unwrap();
    assert_eq!(response, Response::Tap { x, y });
    s.answer(&item.id, response).unwrap();
    assert_eq!(s.pending_taps(), &path[..2]);
    assert_eq!(p.response(&UiAnswer::DontKnow), Ok(Response::Skip));
}

#[test]
fn shipped_tap_through_items_have_the_random_tappers_floor() {
    let content = shipped();
    let items: Vec<&Item> = content
        .bank
        .items()
        .iter()
        .filter(|i| i.item_type == ItemType::TapThrough)
        .collect();
    assert!(items.len() >= 6, "{} tap-through items", items.len());
    for item in items {
        let Some(IrtModel::ThreePl { c, .. }) = item.irt else {
            panic!("{}: not 3PL", item.id)
        };
        let chance = item.path_chance();
        assert!(
            (c - chance).abs() <= 5e-4 * chance,
            "{}: c = {c}, chance of a random path = {chance}",
            item.id
        );
        assert!(DeliveryMode::SelfAdministered.can_show(item));
    }
}

#[test]
fn a_blind_tapper_reaches_the_end_as_often_as_the_floor_says() {
    // Closed form: a random tapper finishes com-502 (5 regions, then 4) with chance 1/20.
    // Simulated taps through the session, with the list alternative chosen at random.
    use rand::{Rng, SeedableRng};
    let shipped = shipped();
    let content = only(&shipped, "com-502");
    let loc = nln_core::defaults::catalog().localizer("en");
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
    let runs = 4000;
    let mut right = 0;
    for seed in 0..runs {
        let mut s = Session::start(&content, CatConfig::default(), Setup::new(seed)).unwrap();
        let Next::Ask(item) = s.next_item() else { panic!() };
        let item = item.clone();
        while s.state().pending.is_some() {
            let p = Presentation::for_session(&s, &item, &loc);
            let ui_id = rng.gen_range(1..=p.choices.len());
            let response = p.response(&UiAnswer::Pick { ui_id }).unwrap();
            s.answer(&item.id, response).unwrap();
        }
        right += s.scored_answers().filter(|(_, score)| *score == Some(1)).count();
    }
    // Binomial(4000, 0.05): mean 200, SD 13.8; four SDs either side.
    assert!((145..=255).contains(&right), "{right} of {runs}");
}
