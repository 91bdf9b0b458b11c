//! The languages residents asked for that the app does not have ("my language is not here"),
//! counted on the tablet until its next status report carries them to the server: a language
//! code and a count, in `localStorage` (nothing of a person: no time, no order).

use evne_model::submission::{AskedLanguage, DeviceStatus};
use std::collections::BTreeMap;

const KEY: &str = "evne-asked-languages";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn read() -> BTreeMap<String, u32> {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn write(counts: &BTreeMap<String, u32>) {
    let Some(s) = storage() else { return };
    let _ = match counts.is_empty() {
        true => s.remove_item(KEY),
        false => s.set_item(KEY, &serde_json::to_string(counts).unwrap_or_default()),
    };
}

/// One more resident asked for `language`.
pub fn count(language: &str) {
    let mut counts = read();
    let n = counts.entry(language.to_owned()).or_default();
    *n = n.saturating_add(1).min(DeviceStatus::MAX_ASKS);
    write(&counts);
}

/// What the next report carries.
pub fn pending() -> Vec<AskedLanguage> {
    read()
        .into_iter()
        .map(|(language, count)| AskedLanguage { language, count })
        .collect()
}

/// The server has counted `sent`: they are taken off (asks made meanwhile stay).
pub fn sent(sent: &[AskedLanguage]) {
    let mut counts = read();
    for a in sent {
        if let Some(n) = counts.get_mut(&a.language) {
            *n = n.saturating_sub(a.count);
        }
    }
    counts.retain(|_, n| *n > 0);
    write(&counts);
}
