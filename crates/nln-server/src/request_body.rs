//! Request bodies checked against the served OpenAPI document before they are read, so that the
//! document and the service agree on what is valid. Serde alone accepts bodies the document
//! refuses: a derived struct also deserializes from a JSON array of its fields (`[null]` is a
//! `NewKeyRequest`), and a handler's own checks can drift from the schema's constraints.

use crate::problem::{Kind, Problem};
use axum::body::Bytes;
use axum::extract::{FromRequest, MatchedPath, Request};
use axum::http::Method;
use axum::response::{IntoResponse, Response};
use jsonschema::error::ValidationErrorKind;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A body that its operation's schema accepts, read as `T`, with the bytes it came from (an
/// idempotent retry compares them).
pub struct Checked<T> {
    pub value: T,
    pub bytes: Bytes,
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Checked<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        let method = request.method().clone();
        let route = request
            .extensions()
            .get::<MatchedPath>()
            .map(|p| p.as_str().to_string());
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let operation = route.and_then(|route| schemas().get(&(method.clone(), route)));
        let value = match operation {
            Some(operation) => operation.check(&bytes),
            // Every route reading a body has a documented one (a test holds them together).
            None => Err(Problem::new(Kind::Internal)),
        }
        .map_err(IntoResponse::into_response)?;
        let value = serde_json::from_value(value).map_err(|e| bad_request(e.to_string()).into_response())?;
        Ok(Checked { value, bytes })
    }
}

/// Fields whose value constraints (enum, pattern, bounds) their handler checks itself, so that
/// it answers with the specific problem an intake system acts on: an unshipped language or bank
/// (422), an answer out of turn (409 wrong sequence), the reason a webhook URL is refused (and a
/// loopback `http://` receiver where the operator allows one). Their types are checked here.
const CHECKED_BY_HANDLER: &[(&str, &str)] = &[
    ("/v1/sessions", "/language"),
    ("/v1/sessions", "/bank"),
    ("/v1/sessions/{id}/answers", "/seq"),
    ("/v1/webhooks", "/url"),
];

/// One operation's request body: its schema, whether it may be left out, and the fields its
/// handler checks the values of.
pub struct Operation {
    required: bool,
    validator: jsonschema::Validator,
    by_handler: Vec<&'static str>,
}

impl Operation {
    /// The body as JSON when its schema accepts it (an optional body left out reads as `null`),
    /// or a problem saying where it is wrong.
    pub fn check(&self, body: &[u8]) -> Result<Value, Problem> {
        let value = if body.iter().all(u8::is_ascii_whitespace) {
            if self.required {
                return Err(bad_request("the request needs a JSON body".to_string()));
            }
            Value::Null
        } else {
            serde_json::from_slice(body).map_err(|e| bad_request(e.to_string()))?
        };
        let own = |e: &jsonschema::ValidationError| {
            !matches!(e.kind(), ValidationErrorKind::Type { .. })
                && self.by_handler.contains(&e.instance_path().as_str())
        };
        if let Some(error) = self.validator.iter_errors(&value).find(|e| !own(e)) {
            let path = error.instance_path().to_string();
            let at = if path.is_empty() {
                "body".to_string()
            } else {
                format!("body{path}")
            };
            return Err(bad_request(format!("{at}: {}", shorten(&error.to_string()))));
        }
        Ok(value)
    }
}

fn bad_request(reason: String) -> Problem {
    Problem::new(Kind::BadRequest).text("reason", reason)
}

/// Keeps a reason readable when the offending value is long (it is echoed in the message).
fn shorten(text: &str) -> String {
    const MAX: usize = 300;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    text.chars().take(MAX).chain("…".chars()).collect()
}

/// Every documented request body, by method and route template.
pub type Operations = HashMap<(Method, String), Operation>;

/// The request bodies of the served document.
pub fn schemas() -> &'static Operations {
    static SCHEMAS: OnceLock<Operations> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        let doc: Value = serde_json::from_str(&crate::api::openapi_document()).expect("the OpenAPI document is JSON");
        from_document(&doc)
    })
}

/// Compiles each operation's JSON request-body schema (OpenAPI 3.1 schemas are JSON Schema
/// 2020-12), with the document's components beside it so `$ref`s resolve.
pub fn from_document(doc: &Value) -> Operations {
    let mut operations = Operations::new();
    let Some(paths) = doc["paths"].as_object() else {
        return operations;
    };
    for (route, methods) in paths {
        let Some(methods) = methods.as_object() else { continue };
        for (method, operation) in methods {
            let body = &operation["requestBody"];
            let Some(schema) = body.pointer("/content/application~1json/schema") else {
                continue;
            };
            let Ok(method) = method.to_uppercase().parse::<Method>() else {
                continue;
            };
            let root = json!({
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "allOf": [schema],
                "components": doc["components"],
            });
            let validator = jsonschema::draft202012::new(&root)
                .unwrap_or_else(|e| panic!("the request schema of {method} {route} compiles: {e}"));
            operations.insert(
                (method, route.clone()),
                Operation {
                    required: body["required"].as_bool().unwrap_or(false),
                    validator,
                    by_handler: CHECKED_BY_HANDLER
                        .iter()
                        .filter(|(r, _)| r == route)
                        .map(|(_, field)| *field)
                        .collect(),
                },
            );
        }
    }
    operations
}
