//! `nln link NEW BASE`: the transformation θ_base = A·θ_new + B that puts bank NEW on the scale
//! of bank BASE through their common items (same id and model kind in both).

use crate::failure::Failure;
use crate::files::{choose_content, load_content};
use clap::ArgMatches;
use nln_core::calibrate::linking::{link, Transformation};
use nln_core::i18n::Localizer;
use nln_core::irt::IrtModel;
use std::path::PathBuf;

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let bank = |arg: &str| -> Result<Vec<(String, IrtModel)>, Failure> {
        let dir = m.get_one::<PathBuf>(arg).expect("required");
        let content = load_content(
            loc,
            &choose_content(loc, Some(dir), nln_core::defaults::DEFAULT_BANK, false)?,
        )?;
        Ok(content
            .bank
            .items()
            .iter()
            .filter_map(|i| i.irt.clone().map(|m| (i.id.clone(), m)))
            .collect())
    };
    let (new, base) = (bank("new")?, bank("base")?);
    let (mut from, mut to) = (Vec::new(), Vec::new());
    for (id, model) in &new {
        if let Some((_, b)) = base
            .iter()
            .find(|(other, b)| other == id && b.name() == model.name() && b.categories() == model.categories())
        {
            from.push(model.clone());
            to.push(b.clone());
        }
    }
    let Some(linking) = link(&from, &to) else {
        return Err(Failure::input(
            loc.format("link-error-few", &[("common", from.len().into())]),
        ));
    };
    if m.get_flag("json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&linking).expect("a linking serializes")
        );
        return Ok(());
    }
    println!("{}", loc.format("link-common", &[("common", from.len().into())]));
    println!("{}", loc.text("link-header"));
    let methods: [(&str, Transformation); 4] = [
        ("Stocking-Lord", linking.stocking_lord),
        ("Haebara", linking.haebara),
        ("mean/mean", linking.mean_mean),
        ("mean/sigma", linking.mean_sigma),
    ];
    for (name, t) in methods {
        println!("{name:<14} A {:.4}  B {:.4}", t.slope, t.intercept);
    }
    Ok(())
}
