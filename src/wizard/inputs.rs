//! The inputs every step is made of. Each takes the path of its field (for its errors), the
//! current value, and a setter that the reducer applies to the draft; large targets, choices
//! rather than typing wherever a choice will do.

use crate::i18n::Translator;
use crate::state::{edit, State};
use evne_model::{Draft, FieldError};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What every input needs: the messages, the way to send a change, the current errors.
#[derive(Clone)]
pub struct Ctx {
    pub t: Translator,
    pub dispatch: UseReducerDispatcher<State>,
    pub errors: Rc<Vec<FieldError>>,
}

impl Ctx {
    pub fn t(&self, id: &str) -> String {
        self.t.t(id)
    }

    /// Applies `change` to the draft, as an edit of the field at `path`.
    pub fn send(&self, path: &str, change: impl FnOnce(&mut Draft) + 'static) {
        self.dispatch.dispatch(edit(path, change));
    }

    pub fn invalid(&self, path: &str) -> bool {
        self.errors.iter().any(|e| e.path == path)
    }

    /// The errors of exactly this field, in the person's language.
    pub fn errors_at(&self, path: &str) -> Html {
        html! {
            for e in self.errors.iter().filter(|e| e.path == path) {
                <span class="field-error" role="alert">{ self.t(e.message_id()) }</span>
            }
        }
    }
}

/// A setter for a value of type `T`, shared by the callbacks of one input.
pub type Set<T> = Rc<dyn Fn(&mut Draft, T)>;

pub fn set<T>(f: impl Fn(&mut Draft, T) + 'static) -> Set<T> {
    Rc::new(f)
}

/// One line (or, `multiline`, a box) of free text.
pub fn text(
    cx: &Ctx,
    id: &str,
    label: &str,
    path: &str,
    value: &str,
    multiline: bool,
    setter: Set<String>,
) -> Html {
    let (path_owned, cx2) = (path.to_owned(), cx.clone());
    let on_value = move |v: String| {
        let setter = setter.clone();
        cx2.send(&path_owned, move |d| setter(d, v));
    };
    let invalid = cx.invalid(path).to_string();
    let input = if multiline {
        let oninput = Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            on_value(el.value());
        });
        html! { <textarea id={id.to_owned()} dir="auto" rows="3" aria-invalid={invalid}
        value={value.to_owned()} {oninput} /> }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            on_value(el.value());
        });
        html! { <input id={id.to_owned()} type="text" dir="auto" autocomplete="off"
        aria-invalid={invalid} value={value.to_owned()} {oninput} /> }
    };
    html! {
        <label class="field" for={id.to_owned()}>
            <span class="label">{ cx.t(label) }</span>
            { input }
            { cx.errors_at(path) }
        </label>
    }
}

/// A whole number typed with the keypad (a year, a count of years). Anything but digits is
/// ignored as it is typed; an empty box is "no answer".
pub fn number(
    cx: &Ctx,
    id: &str,
    label: &str,
    path: &str,
    value: Option<u16>,
    max_digits: u8,
    setter: Set<Option<u16>>,
) -> Html {
    let (path_owned, cx2) = (path.to_owned(), cx.clone());
    let oninput = Callback::from(move |e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        let digits: String = el.value().chars().filter_map(ascii_digit).collect();
        if digits != el.value() {
            el.set_value(&digits);
        }
        let n = digits.parse::<u16>().ok();
        let setter = setter.clone();
        cx2.send(&path_owned, move |d| setter(d, n));
    });
    html! {
        <label class="field number" for={id.to_owned()}>
            <span class="label">{ cx.t(label) }</span>
            <input id={id.to_owned()} type="text" inputmode="numeric" dir="ltr" autocomplete="off"
                maxlength={max_digits.to_string()} aria-invalid={cx.invalid(path).to_string()}
                value={value.map(|v| v.to_string()).unwrap_or_default()} {oninput} />
            { cx.errors_at(path) }
        </label>
    }
}

/// A digit in ASCII, Arabic-Indic (٠–٩) or Persian (۰–۹) form, as an ASCII digit: an Arabic or
/// Persian keyboard types the latter.
pub fn ascii_digit(c: char) -> Option<char> {
    let offset = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    char::from_digit(offset, 10)
}

/// One of a few choices, as large buttons; tapping the chosen one again clears it.
pub fn one_of(
    cx: &Ctx,
    name: &str,
    label: &str,
    path: &str,
    options: &[(String, String)],
    chosen: Option<&str>,
    setter: Set<Option<String>>,
) -> Html {
    html! {
        <fieldset class="field" data-field={name.to_owned()}>
            <legend class="label">{ cx.t(label) }</legend>
            <ul class="choices" role="radiogroup">
                { for options.iter().map(|(code, text)| {
                    let on = chosen == Some(code.as_str());
                    let (cx2, path, code2, setter) = (cx.clone(), path.to_owned(), code.clone(), setter.clone());
                    let onclick = Callback::from(move |_: MouseEvent| {
                        let (code, setter) = (code2.clone(), setter.clone());
                        cx2.send(&path, move |d| setter(d, (!on).then_some(code)));
                    });
                    html! {
                        <li>
                            <button type="button" role="radio" aria-checked={on.to_string()}
                                class={classes!("choice", on.then_some("checked"))}
                                data-value={code.clone()} {onclick}>
                                { text.clone() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            { cx.errors_at(path) }
        </fieldset>
    }
}

/// Any number of choices, as large toggles.
pub fn many_of(
    cx: &Ctx,
    name: &str,
    label: &str,
    path: &str,
    options: &[(String, String)],
    chosen: &[String],
    toggle: Set<String>,
) -> Html {
    html! {
        <fieldset class="field" data-field={name.to_owned()}>
            <legend class="label">{ cx.t(label) }</legend>
            <ul class="choices">
                { for options.iter().map(|(code, text)| {
                    let checked = chosen.contains(code);
                    let (cx2, path, code2, toggle) = (cx.clone(), path.to_owned(), code.clone(), toggle.clone());
                    let onchange = Callback::from(move |_: Event| {
                        let (code, toggle) = (code2.clone(), toggle.clone());
                        cx2.send(&path, move |d| toggle(d, code));
                    });
                    html! {
                        <li>
                            <label class={classes!("choice", checked.then_some("checked"))}>
                                <input type="checkbox" name={name.to_owned()} value={code.clone()}
                                    {checked} {onchange} />
                                <span>{ text.clone() }</span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
            { cx.errors_at(path) }
        </fieldset>
    }
}

/// A long list (countries, fields of study) as a drop-down, sorted by label in the person's
/// language.
pub fn select(
    cx: &Ctx,
    id: &str,
    label: &str,
    path: &str,
    options: &[(String, String)],
    chosen: Option<&str>,
    setter: Set<Option<String>>,
) -> Html {
    let mut sorted = options.to_vec();
    sorted.sort_by(|a, b| a.1.cmp(&b.1));
    let (path_owned, cx2) = (path.to_owned(), cx.clone());
    let onchange = Callback::from(move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        let v = Some(el.value()).filter(|v| !v.is_empty());
        let setter = setter.clone();
        cx2.send(&path_owned, move |d| setter(d, v));
    });
    html! {
        <label class="field" for={id.to_owned()}>
            <span class="label">{ cx.t(label) }</span>
            <select id={id.to_owned()} aria-invalid={cx.invalid(path).to_string()} {onchange}>
                <option value="" selected={chosen.is_none()}>{ cx.t("choose") }</option>
                { for sorted.iter().map(|(code, text)| html! {
                    <option value={code.clone()} selected={chosen == Some(code.as_str())}>
                        { text.clone() }
                    </option>
                }) }
            </select>
            { cx.errors_at(path) }
        </label>
    }
}

/// Yes / no, as two large buttons.
pub fn yes_no(
    cx: &Ctx,
    name: &str,
    label: &str,
    path: &str,
    value: Option<bool>,
    setter: Set<Option<bool>>,
) -> Html {
    let options = [
        ("yes".to_owned(), cx.t("yes")),
        ("no".to_owned(), cx.t("no")),
    ];
    let chosen = value.map(|v| if v { "yes" } else { "no" });
    let setter2 = setter.clone();
    one_of(
        cx,
        name,
        label,
        path,
        &options,
        chosen,
        set(move |d, v: Option<String>| setter2(d, v.map(|v| v == "yes"))),
    )
}

/// `(code, label)` pairs of taxonomy codes whose labels are `<prefix>-<code>`.
pub fn labelled(cx: &Ctx, prefix: &str, codes: &[&str]) -> Vec<(String, String)> {
    codes
        .iter()
        .map(|c| (c.to_string(), cx.t(&format!("{prefix}-{c}"))))
        .collect()
}

/// A large "add another" button.
pub fn add_button(
    cx: &Ctx,
    label: &str,
    action: &str,
    path: &str,
    change: impl Fn(&mut Draft) + Clone + 'static,
) -> Html {
    let (cx2, path) = (cx.clone(), path.to_owned());
    let onclick = Callback::from(move |_: MouseEvent| cx2.send(&path, change.clone()));
    html! {
        <button type="button" class="secondary add" data-action={action.to_owned()} {onclick}>
            { format!("+ {}", cx.t(label)) }
        </button>
    }
}

/// A "remove this entry" button.
pub fn remove_button(cx: &Ctx, path: &str, change: impl Fn(&mut Draft) + Clone + 'static) -> Html {
    let (cx2, path) = (cx.clone(), path.to_owned());
    let onclick = Callback::from(move |_: MouseEvent| cx2.send(&path, change.clone()));
    html! {
        <button type="button" class="secondary remove" data-action="remove" {onclick}>
            { cx.t("remove") }
        </button>
    }
}
