//! Message ids, presentations and the audio plan follow item and option ids, never positions:
//! a bank whose items, options and regions are listed in another order, written back and read
//! again, shows a learner exactly what the shipped bank shows.

use nln_core::cat::DeliveryMode;
use nln_core::content::{write, Bank, Content, Item, ItemType, Message};
use nln_core::defaults;
use nln_core::i18n::{learner_messages, plan_locale};
use nln_core::present::Presentation;
use std::collections::BTreeMap;

/// The shipped bank with every list a bank author may reorder reversed: the items, the options
/// of every item whose options are shuffled when shown, the regions of hotspot items and of
/// every tap-through screen. Self-report answers and task categories keep their order, which
/// carries meaning (never → always), and tap-through screens theirs (the path).
fn reordered(bank: &Bank) -> Bank {
    let mut items: Vec<Item> = bank.items().to_vec();
    items.reverse();
    for item in &mut items {
        if item.item_type != ItemType::SelfReport {
            item.options.reverse();
        }
        item.regions.reverse();
        for step in &mut item.steps {
            step.regions.reverse();
        }
    }
    bank.with_items(items)
}

/// `bank` written as files under `banks/<bank id>/` and loaded again with the shipped rest.
fn written_and_read(bank: &Bank) -> Content {
    let mut sources = defaults::sources();
    for (path, text) in write::bank_files(bank) {
        sources.insert(format!("banks/{}/{path}", bank.id), text);
    }
    Content::load(&sources, &bank.id).unwrap_or_else(|e| panic!("the written bank loads:\n{e}"))
}

/// Every message of an item by what it belongs to: option, region (with its screen), or the
/// prompt and the rest in order.
fn messages_by_id(item: &Item) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    out.insert("prompt".to_string(), item.prompt.clone());
    for o in &item.options {
        out.insert(format!("option {}", o.id), o.message());
    }
    for r in &item.regions {
        out.insert(format!("region {}", r.id), r.message.clone());
    }
    for (k, step) in item.steps.iter().enumerate() {
        for r in &step.regions {
            out.insert(format!("screen {k} region {}", r.id), r.message.clone());
        }
    }
    for (k, c) in item.categories.iter().enumerate() {
        out.insert(format!("category {k}"), c.clone());
    }
    out
}

#[test]
fn reordering_the_bank_changes_no_message_id_presentation_or_audio_plan() {
    let shipped = defaults::content().expect("shipped content loads");
    let moved = written_and_read(&reordered(&shipped.bank));
    assert_ne!(
        moved.bank.items()[0].id,
        shipped.bank.items()[0].id,
        "the items really moved"
    );
    let catalog = defaults::catalog();
    let mut options_moved = 0;
    for item in shipped.bank.items() {
        let other = moved.bank.item(&item.id).expect("every item is still there");
        assert_eq!(messages_by_id(other), messages_by_id(item), "{}", item.id);
        options_moved += usize::from(item.options.len() > 1 && other.options[0].id != item.options[0].id);
        for locale in ["en", "ar"] {
            let loc = catalog.localizer(locale);
            for seed in [0, 1, 7, 42, 1234] {
                for mode in DeliveryMode::ALL {
                    for step in 0..item.steps.len().max(1) {
                        let before = Presentation::at_screen(item, &loc, seed, mode, step);
                        let after = Presentation::at_screen(other, &loc, seed, mode, step);
                        assert_eq!(
                            serde_json::to_value(&after).unwrap(),
                            serde_json::to_value(&before).unwrap(),
                            "{} seed {seed} {locale} screen {step}",
                            item.id
                        );
                        // The same UI choice gives the same response.
                        for ui_id in 1..=before.choices.len() {
                            let answer = nln_core::present::UiAnswer::Pick { ui_id };
                            assert_eq!(after.response(&answer), before.response(&answer), "{}", item.id);
                        }
                    }
                }
            }
        }
    }
    assert!(options_moved > 100, "{options_moved} items had their options moved");
    let messages = learner_messages(&shipped, &catalog);
    assert_eq!(learner_messages(&moved, &catalog), messages);
    for locale in ["en", "fr", "ar", "ps"] {
        let before = plan_locale(&catalog, locale, &messages, None);
        let after = plan_locale(&catalog, locale, &learner_messages(&moved, &catalog), None);
        assert_eq!(after.manifest, before.manifest, "{locale}");
    }
}

#[test]
fn written_banks_leave_out_the_message_ids_they_can_derive() {
    let shipped = defaults::content().expect("shipped content loads");
    let files = write::bank_files(&shipped.bank);
    let all: String = files.iter().map(|(_, text)| text.as_str()).collect();
    // dev-001's options carry the derived ids item-dev-001-opt-<id>: not written.
    assert!(!all.contains("item-dev-001-opt-a"), "derived ids are left out");
    // A region shared by several tap-through items names its message: written.
    assert!(all.contains("item-tap-settings-wifi"));
    // Prompts are always written.
    assert!(all.contains("item-dev-001-prompt"));
    let item = shipped.bank.item("dev-001").unwrap();
    assert_eq!(item.options[0].text, "item-dev-001-opt-a");
    assert_eq!(item.options[0].audio, item.options[0].text);
}
