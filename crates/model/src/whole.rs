//! Whole numbers in request bodies, read as JSON Schema's `integer` means them: `120` and
//! `120.0` alike (a JSON number has no integer type of its own, and the OpenAPI document says
//! `integer`), within the field's own range. A fraction, or a number out of range, is refused.
//! For `#[serde(deserialize_with = "crate::whole::deserialize")]` (or `whole::option`).

use serde::de::{Deserializer, Error, Unexpected, Visitor};
use serde::Deserialize;
use std::fmt;

struct Whole;

impl Visitor<'_> for Whole {
    type Value = i128;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a whole number")
    }

    fn visit_i64<E: Error>(self, v: i64) -> Result<i128, E> {
        Ok(v.into())
    }

    fn visit_u64<E: Error>(self, v: u64) -> Result<i128, E> {
        Ok(v.into())
    }

    fn visit_f64<E: Error>(self, v: f64) -> Result<i128, E> {
        // Past 2^100 no field's range is near; `as` would saturate, so it is refused here.
        if v.fract() == 0.0 && v.abs() < 2f64.powi(100) {
            Ok(v as i128)
        } else {
            Err(E::invalid_value(Unexpected::Float(v), &self))
        }
    }
}

/// A whole number that fits `T`.
pub fn deserialize<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TryFrom<i128>,
{
    let n = d.deserialize_any(Whole)?;
    T::try_from(n).map_err(|_| D::Error::custom(format_args!("{n} is out of range")))
}

/// `null` or a whole number that fits `T`; use with `#[serde(default)]`.
pub fn option<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: TryFrom<i128>,
{
    #[derive(Deserialize)]
    struct Some<T: TryFrom<i128>>(#[serde(deserialize_with = "deserialize")] T);
    Ok(Option::<Some<T>>::deserialize(d)?.map(|Some(v)| v))
}

#[cfg(test)]
mod tests {
    #[derive(Debug, serde::Deserialize)]
    struct Count {
        #[serde(deserialize_with = "super::deserialize")]
        n: u32,
        #[serde(default, deserialize_with = "super::option")]
        m: Option<i64>,
    }

    fn read(json: &str) -> Option<(u32, Option<i64>)> {
        serde_json::from_str::<Count>(json).ok().map(|c| (c.n, c.m))
    }

    #[test]
    fn a_whole_number_may_be_written_with_a_zero_fraction() {
        assert_eq!(read(r#"{"n": 12}"#), Some((12, None)));
        assert_eq!(read(r#"{"n": 12.0, "m": -3.0}"#), Some((12, Some(-3))));
        assert_eq!(read(r#"{"n": 0, "m": null}"#), Some((0, None)));
        assert_eq!(read(r#"{"n": 4294967295}"#), Some((u32::MAX, None)));
        for refused in [
            r#"{"n": 1.5}"#,
            r#"{"n": -1}"#,
            r#"{"n": 4294967296}"#,
            r#"{"n": 1e300}"#,
            r#"{"n": "1"}"#,
            r#"{"n": 1, "m": 1e19}"#,
        ] {
            assert_eq!(read(refused), None, "{refused}");
        }
    }
}
