//! `nln validate` on pictures: a missing or unused picture is reported with file and line, in the
//! user's language, and `--contact-sheets` writes one sheet per area.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn nln(args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nln"))
        .args(args)
        .env("NLN_LANG", lang)
        .output()
        .expect("nln starts")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

use crate::common::copy_tree;

/// A writable copy of the shipped `assessments/` (pictures included); returns its folder.
fn content_copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nln-pictures-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    copy_tree(&repo.join("assessments"), &dir.join("assessments"));
    dir.join("assessments")
}

#[test]
fn validate_reports_a_missing_and_an_unused_picture_with_file_and_line() {
    let content = content_copy("missing");
    let dev = content.join("banks/default/dev.yaml");
    let changed = std::fs::read_to_string(&dev)
        .unwrap()
        .replacen("icons/phone-off.svg", "icons/phone-broken.svg", 1);
    let line = changed.lines().position(|l| l.contains("phone-broken")).unwrap() + 1;
    std::fs::write(&dev, changed).unwrap();

    let out = nln(&["validate", content.to_str().unwrap()], "en");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "banks/default/dev.yaml:{line}: item dev-001 shows the picture icons/phone-broken.svg, which is not in images/"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "images/icons/phone-off.svg:1: warning: the picture icons/phone-off.svg is not shown by any item"
        ),
        "{stdout}"
    );
    assert!(text(&out.stderr).contains("1 error found"), "{}", text(&out.stderr));

    // The same report in French.
    let out = nln(&["validate", content.to_str().unwrap()], "fr");
    assert!(text(&out.stdout).contains("l'item dev-001 affiche l'image icons/phone-broken.svg"));
}

#[test]
fn validate_reports_a_broken_picture_without_failing_on_it() {
    let content = content_copy("broken");
    std::fs::write(content.join("images/icons/camera.svg"), "<svg><rect></svg>").unwrap();
    std::fs::write(content.join("images/icons/Bad Name.svg"), [0xff, 0xfe, 0x00]).unwrap();
    let out = nln(&["validate", content.to_str().unwrap()], "en");
    // A file that is not text stops the run with a clear message naming it; nothing panics.
    assert!(!out.status.success());
    assert!(!text(&out.stderr).contains("panicked"), "{}", text(&out.stderr));
    std::fs::remove_file(content.join("images/icons/Bad Name.svg")).unwrap();
    let out = nln(&["validate", content.to_str().unwrap()], "en");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("images/icons/camera.svg:1: the picture is not a readable SVG"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn validate_writes_one_contact_sheet_per_area() {
    let dir = std::env::temp_dir().join(format!("nln-contact-sheets-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let assessments = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments");
    let out = nln(
        &[
            "validate",
            assessments.to_str().unwrap(),
            "--contact-sheets",
            dir.to_str().unwrap(),
        ],
        "en",
    );
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Wrote 8 contact sheets"),
        "{}",
        text(&out.stdout)
    );
    let dev = std::fs::read_to_string(dir.join("dev.svg")).unwrap();
    assert!(dev.contains("screens/phone-home.svg") && dev.contains("dev-006"));
    let access = std::fs::read_to_string(dir.join("access.svg")).unwrap();
    assert!(access.contains("icons/home-wifi.svg") && access.contains("acc-002"));
}

#[test]
fn validating_one_bank_folder_does_not_call_other_banks_pictures_unused() {
    let content = content_copy("one-bank");
    // A second bank that shows one picture the default bank does not.
    let pilot = content.join("banks/pilot");
    std::fs::create_dir_all(&pilot).unwrap();
    let manifest = std::fs::read_to_string(content.join("banks/default/bank.yaml"))
        .unwrap()
        .replace("nln-default", "nln-pilot");
    std::fs::write(pilot.join("bank.yaml"), manifest).unwrap();
    for entry in std::fs::read_dir(content.join("banks/default")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, pilot.join(path.file_name().unwrap())).unwrap();
    }
    let dev = content.join("banks/default/dev.yaml");
    let changed = std::fs::read_to_string(&dev)
        .unwrap()
        .replace("image: icons/phone-charging.svg", "image: icons/phone-off.svg");
    std::fs::write(&dev, changed).unwrap();

    let whole = nln(&["validate", content.to_str().unwrap()], "en");
    assert!(whole.status.success(), "{}", text(&whole.stderr));
    assert!(
        !text(&whole.stdout).contains("not shown by any item"),
        "{}",
        text(&whole.stdout)
    );

    let one = nln(&["validate", content.join("banks/default").to_str().unwrap()], "en");
    assert!(one.status.success(), "{}", text(&one.stderr));
    assert!(
        !text(&one.stdout).contains("phone-charging.svg is not shown"),
        "{}",
        text(&one.stdout)
    );
}
