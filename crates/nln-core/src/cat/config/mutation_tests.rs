//! Tests that pin the config checks where `cargo mutants` found the other tests blind (see
//! ARCHITECTURE.md, "Tests that can fail").

use super::*;

#[test]
fn a_selection_rule_parameter_out_of_range_names_its_field() {
    let with = |selection| CatConfig {
        selection,
        ..CatConfig::default()
    };
    let field = |c: CatConfig| c.validate().map_err(|e| (e.field, e.min, e.max));
    // Limits: KL width 0.1 – 6, strata 1 – 20; both ends belong to the range.
    for width in [0.0, 0.099, 6.01, f64::NAN, f64::INFINITY] {
        assert_eq!(
            field(with(SelectionRule::KullbackLeibler { width })),
            Err(("selection.width", 0.1, 6.0)),
            "width {width}"
        );
    }
    for width in [0.1, 3.0, 6.0] {
        assert_eq!(field(with(SelectionRule::KullbackLeibler { width })), Ok(()));
    }
    for strata in [0, 21] {
        assert_eq!(
            field(with(SelectionRule::AStratified { strata })),
            Err(("selection.strata", 1.0, 20.0)),
            "strata {strata}"
        );
    }
    for strata in [1, 20] {
        assert_eq!(field(with(SelectionRule::AStratified { strata })), Ok(()));
    }
}
