//! Integers as JSON Schema counts them: `14.0` is the integer 14, so a body the OpenAPI
//! document calls valid is never refused for writing a whole number with a decimal point.
//! Fractions and out-of-range values are still refused, naming the field.

use serde::de::{Deserializer, Error, Unexpected, Visitor};
use serde::Deserialize;
use std::fmt;

/// A JSON number with no fractional part.
struct Integer(i128);

struct IntegerVisitor;

impl Visitor<'_> for IntegerVisitor {
    type Value = Integer;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }

    fn visit_i64<E: Error>(self, v: i64) -> Result<Integer, E> {
        Ok(Integer(i128::from(v)))
    }

    fn visit_u64<E: Error>(self, v: u64) -> Result<Integer, E> {
        Ok(Integer(i128::from(v)))
    }

    fn visit_f64<E: Error>(self, v: f64) -> Result<Integer, E> {
        // 2^64 bounds every target type; beyond it a float is no exact integer anyway.
        if v.is_finite() && v.fract() == 0.0 && v.abs() < 18_446_744_073_709_551_616.0 {
            Ok(Integer(v as i128))
        } else {
            Err(E::invalid_type(Unexpected::Float(v), &self))
        }
    }
}

impl<'de> Deserialize<'de> for Integer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Integer, D::Error> {
        d.deserialize_any(IntegerVisitor)
    }
}

fn fit<T: TryFrom<i128>, E: Error>(v: i128) -> Result<T, E> {
    T::try_from(v).map_err(|_| E::custom(format_args!("integer {v} out of range")))
}

/// For `#[serde(deserialize_with = "integers::one")]`.
pub fn one<'de, D: Deserializer<'de>, T: TryFrom<i128>>(d: D) -> Result<T, D::Error> {
    fit(Integer::deserialize(d)?.0)
}

/// For an optional integer field (with `#[serde(default)]`).
pub fn optional<'de, D: Deserializer<'de>, T: TryFrom<i128>>(d: D) -> Result<Option<T>, D::Error> {
    Option::<Integer>::deserialize(d)?.map(|i| fit(i.0)).transpose()
}

/// For a list of integers.
pub fn list<'de, D: Deserializer<'de>, T: TryFrom<i128>>(d: D) -> Result<Vec<T>, D::Error> {
    Vec::<Integer>::deserialize(d)?.into_iter().map(|i| fit(i.0)).collect()
}

#[cfg(test)]
mod tests {
    #[derive(Debug, serde::Deserialize)]
    struct Body {
        #[serde(deserialize_with = "super::one")]
        seq: i64,
        #[serde(default, deserialize_with = "super::optional")]
        max: Option<u16>,
        #[serde(default, deserialize_with = "super::list")]
        ids: Vec<usize>,
    }

    #[test]
    fn whole_floats_are_integers_and_the_rest_is_refused() {
        let b: Body = serde_json::from_str(r#"{"seq": 14.0, "max": 3, "ids": [1, 2.0]}"#).unwrap();
        assert_eq!((b.seq, b.max, b.ids), (14, Some(3), vec![1, 2]));
        let b: Body = serde_json::from_str(r#"{"seq": -2, "max": null}"#).unwrap();
        assert_eq!((b.seq, b.max), (-2, None));
        for bad in [
            r#"{"seq": 1.5}"#,
            r#"{"seq": 1e300}"#,
            r#"{"seq": 1, "max": 70000}"#,
            r#"{"seq": 1, "ids": [-1]}"#,
            r#"{"seq": "1"}"#,
            r#"{"seq": 99999999999999999999}"#,
        ] {
            assert!(serde_json::from_str::<Body>(bad).is_err(), "{bad}");
        }
    }
}
