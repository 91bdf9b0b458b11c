//! Feed cursors: opaque to a consumer (base64url of `feed1.<position>`), monotonic (a later
//! event's cursor reads on from further), and checked when read back: anything else is refused.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

const PREFIX: &str = "feed1.";

/// The cursor that reads on after `position`.
pub fn encode(position: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{PREFIX}{position}"))
}

/// The position a cursor reads on after; `None` for anything not made by [`encode`].
pub fn decode(cursor: &str) -> Option<i64> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor.as_bytes()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let digits = text.strip_prefix(PREFIX)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 18 {
        return None;
    }
    let position: i64 = digits.parse().ok()?;
    // The one spelling of each position (no leading zeros), so cursors compare as they read.
    (encode(position) == cursor).then_some(position)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_as_its_position_and_nothing_else_does() {
        for p in [0, 1, 42, i64::MAX / 10] {
            assert_eq!(decode(&encode(p)), Some(p));
        }
        let tampered = URL_SAFE_NO_PAD.encode("feed1.-3");
        let zeros = URL_SAFE_NO_PAD.encode("feed1.007");
        let other = URL_SAFE_NO_PAD.encode("feed2.7");
        for bad in [
            "",
            "7",
            "%%%",
            "ZmVlZDEu",
            &tampered,
            &zeros,
            &other,
            "ZmVlZDEuMQ==",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
