//! Constraints the derive macros cannot state, added to the generated OpenAPI document so that
//! every request the document calls valid is one the service accepts (and the reverse): the
//! shipped languages, the bank names, closed answer objects and bounded answer ids.

use serde_json::{json, Value};

/// Largest UI id and most steps in an answer (no item has more than a few choices).
pub const MAX_UI_ID: u64 = 1000;

/// Adds the constraints to the document `utoipa` generated.
pub fn constrain(doc: &mut Value, languages: &[String], banks: &[&str]) {
    let schemas = &mut doc["components"]["schemas"];
    let start = &mut schemas["StartSession"]["properties"];
    start["language"]["enum"] = nullable_enum(languages.iter().map(String::as_str));
    start["bank"]["enum"] = nullable_enum(banks.iter().copied());
    // Serde's `deny_unknown_fields` on a tagged enum closes each variant; say so per variant.
    if let Some(variants) = schemas["AnswerValue"]["oneOf"].as_array_mut() {
        for v in variants {
            v["additionalProperties"] = json!(false);
            if let Some(items) = v.pointer_mut("/properties/ui_ids/items") {
                items["maximum"] = json!(MAX_UI_ID);
            }
        }
    }
    // The page's texts are addressed by language in the path; list the shipped ones (a tag that
    // resolves to one of them, like `fr-CA`, is served too).
    let page_texts = "/paths/~1v1~1page-texts~1{language}/get/parameters";
    if let Some(params) = doc.pointer_mut(page_texts).and_then(Value::as_array_mut) {
        for p in params.iter_mut().filter(|p| p["name"] == "language") {
            p["schema"]["enum"] = json!(languages);
        }
    }
}

fn nullable_enum<'a>(values: impl Iterator<Item = &'a str>) -> Value {
    let mut list = vec![Value::Null];
    list.extend(values.map(|v| json!(v)));
    Value::Array(list)
}
