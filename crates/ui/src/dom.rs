//! The page: its language and direction, and the device clock.

/// Milliseconds since the Unix epoch, from the device clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// `<html>`, if there is a document.
pub fn html_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Sets an attribute of `<html>` (nothing happens without a document).
pub fn set_html_attribute(name: &str, value: &str) {
    if let Some(root) = html_element() {
        let _ = root.set_attribute(name, value);
    }
}

/// `<html lang dir>`: screen readers, fonts and the direction of the page follow them.
pub fn set_document_locale(lang: &str, dir: &str) {
    set_html_attribute("lang", lang);
    set_html_attribute("dir", dir);
}
