//! The inputs every step is made of. Each takes the path of its field and the current value,
//! and sends what the person enters as an edit of that path (`evne_model::profile::Edit`,
//! plain data) through the draft handle; large targets, choices rather than typing wherever a
//! choice will do.

use crate::hooks::DraftHandle;
use crate::i18n::{ascii_digit, Translator};
use crate::speech::Speak;
use evne_model::profile::Value;
use evne_model::FieldError;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What every input needs: the messages, the way to send a change, the current errors.
#[derive(Clone)]
pub struct Ctx {
    pub t: Translator,
    /// In bilingual mode (assisted sessions), the Norwegian messages shown beside.
    pub nb: Option<Translator>,
    pub draft: DraftHandle,
    pub errors: Rc<Vec<FieldError>>,
}

/// A choice: its code, its label in the person's language, and the label's message id.
pub type Opt = (String, String, String);

impl Ctx {
    pub fn t(&self, id: &str) -> String {
        self.t.t(id)
    }

    /// A message as a question or choice shows it; in bilingual mode with the Norwegian below.
    pub fn label(&self, id: &str) -> Html {
        self.text_with(id, self.t(id))
    }

    /// Like [`Ctx::label`], for text already formatted (e.g. with arguments).
    pub fn text_with(&self, id: &str, text: String) -> Html {
        let nb = self.nb.as_ref().map(|nb| nb.t(id)).filter(|n| *n != text);
        html! {
            <>
                <span class="label-text">{ text }</span>
                if let Some(nb) = nb {
                    <span class="nb" lang="nb" dir="ltr">{ nb }</span>
                }
            </>
        }
    }

    /// The speaker button of a message (nothing where read-aloud is unavailable).
    pub fn speak(&self, id: &str) -> Html {
        html! { <Speak id={id.to_owned()} /> }
    }

    /// A field's label for a control, with its speaker button beside (not inside) it.
    fn field_label(&self, id: &str, label: &str) -> Html {
        html! {
            <div class="label-row">
                <label class="label" for={id.to_owned()}>{ self.label(label) }</label>
                { self.speak(label) }
            </div>
        }
    }

    /// Sends `value` as an edit of the field at `path`.
    pub fn set(&self, path: &str, value: Value) {
        self.draft.set(path, value);
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

/// What a choice sends: its code (or none, when it is taken back) as the field's value, or
/// nothing at all.
pub type ChoiceValue = fn(Option<String>) -> Option<Value>;

/// A code of a list of choices, as most choices send it.
pub fn code(chosen: Option<String>) -> Option<Value> {
    Some(Value::Choice(chosen))
}

/// One line (or, `multiline`, a box) of free text.
pub fn text(cx: &Ctx, id: &str, label: &str, path: &str, value: &str, multiline: bool) -> Html {
    let (path_owned, cx2) = (path.to_owned(), cx.clone());
    let on_value = move |v: String| cx2.set(&path_owned, Value::Text(v));
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
        <div class="field">
            { cx.field_label(id, label) }
            { input }
            { cx.errors_at(path) }
        </div>
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
) -> Html {
    let (path_owned, cx2) = (path.to_owned(), cx.clone());
    let oninput = Callback::from(move |e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        let digits: String = el.value().chars().filter_map(ascii_digit).collect();
        if digits != el.value() {
            el.set_value(&digits);
        }
        cx2.set(&path_owned, Value::Number(digits.parse::<u16>().ok()));
    });
    html! {
        <div class="field number">
            { cx.field_label(id, label) }
            <input id={id.to_owned()} type="text" inputmode="numeric" dir="ltr" autocomplete="off"
                maxlength={max_digits.to_string()} aria-invalid={cx.invalid(path).to_string()}
                value={value.map(|v| v.to_string()).unwrap_or_default()} {oninput} />
            { cx.errors_at(path) }
        </div>
    }
}

/// One of a few choices, as large buttons; tapping the chosen one again clears it. What a
/// choice sends is `value`'s (mostly [`code`]).
pub fn one_of(
    cx: &Ctx,
    name: &str,
    label: &str,
    path: &str,
    options: &[Opt],
    chosen: Option<&str>,
    value: ChoiceValue,
) -> Html {
    let items = options.iter().map(|(code, text, msg)| {
        let on = chosen == Some(code.as_str());
        let (cx2, path, code2) = (cx.clone(), path.to_owned(), code.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(v) = value((!on).then(|| code2.clone())) {
                cx2.set(&path, v);
            }
        });
        html! {
            <li>
                <button type="button" role="radio" aria-checked={on.to_string()}
                    class={classes!("choice", on.then_some("checked"))}
                    data-value={code.clone()} {onclick}>
                    { face(cx, msg, text) }
                </button>
                { cx.speak(msg) }
            </li>
        }
    });
    choice_list(cx, name, Some("radiogroup"), label, path, items.collect())
}

/// A question with its choices as a list (each item drawn by the caller) and its errors.
fn choice_list(
    cx: &Ctx,
    name: &str,
    role: Option<&str>,
    label: &str,
    path: &str,
    items: Html,
) -> Html {
    html! {
        <fieldset class="field" role={role.map(str::to_owned)} data-field={name.to_owned()}>
            <legend class="label">{ cx.label(label) }{ cx.speak(label) }</legend>
            <ul class="choices">{ items }</ul>
            { cx.errors_at(path) }
        </fieldset>
    }
}

/// What a choice shows: its pictogram, if it has one, and its label.
fn face(cx: &Ctx, msg: &str, text: &str) -> Html {
    html! {
        <>
            { pictogram(msg) }
            <span>{ cx.text_with(msg, text.to_owned()) }</span>
        </>
    }
}

/// Any number of choices, as large toggles.
pub fn many_of(
    cx: &Ctx,
    name: &str,
    label: &str,
    path: &str,
    options: &[Opt],
    chosen: &[String],
) -> Html {
    let items = options.iter().map(|(code, text, msg)| {
        let checked = chosen.contains(code);
        let (cx2, path, code2) = (cx.clone(), path.to_owned(), code.clone());
        let onchange = Callback::from(move |_: Event| {
            cx2.set(&path, Value::Toggle(code2.clone()));
        });
        html! {
            <li>
                <label class={classes!("choice", checked.then_some("checked"))}>
                    <input type="checkbox" name={name.to_owned()} value={code.clone()}
                        {checked} {onchange} />
                    { face(cx, msg, text) }
                </label>
                { cx.speak(msg) }
            </li>
        }
    });
    choice_list(cx, name, None, label, path, items.collect())
}

/// A long list (countries, fields of study) as a drop-down, sorted by label in the person's
/// language; what a choice sends is `value`'s (mostly [`code`]).
pub fn select(
    cx: &Ctx,
    id: &str,
    label: &str,
    path: &str,
    options: &[Opt],
    chosen: Option<&str>,
    value: ChoiceValue,
) -> Html {
    let mut sorted = options.to_vec();
    sorted.sort_by(|a, b| a.1.cmp(&b.1));
    let (path_owned, cx2) = (path.to_owned(), cx.clone());
    let onchange = Callback::from(move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        if let Some(v) = value(Some(el.value()).filter(|v| !v.is_empty())) {
            cx2.set(&path_owned, v);
        }
    });
    html! {
        <div class="field">
            { cx.field_label(id, label) }
            <select id={id.to_owned()} aria-invalid={cx.invalid(path).to_string()} {onchange}>
                <option value="" selected={chosen.is_none()}>{ cx.t("choose") }</option>
                { for sorted.iter().map(|(code, text, _)| html! {
                    <option value={code.clone()} selected={chosen == Some(code.as_str())}>
                        { text.clone() }
                    </option>
                }) }
            </select>
            { cx.errors_at(path) }
        </div>
    }
}

/// Yes / no, as two large buttons.
pub fn yes_no(cx: &Ctx, name: &str, label: &str, path: &str, value: Option<bool>) -> Html {
    let options = labelled_ids(cx, &["yes", "no"]);
    let chosen = value.map(|v| if v { "yes" } else { "no" });
    one_of(cx, name, label, path, &options, chosen, |v| {
        Some(Value::Flag(v.map(|v| v == "yes")))
    })
}

/// Choices whose code is their message id.
fn labelled_ids(cx: &Ctx, ids: &[&str]) -> Vec<Opt> {
    ids.iter()
        .map(|id| (id.to_string(), cx.t(id), id.to_string()))
        .collect()
}

/// Choices of taxonomy codes whose labels are `<prefix>-<code>`.
pub fn labelled(cx: &Ctx, prefix: &str, codes: &[&str]) -> Vec<Opt> {
    codes
        .iter()
        .map(|c| {
            let id = format!("{prefix}-{c}");
            (c.to_string(), cx.t(&id), id)
        })
        .collect()
}

/// The pictogram of a choice, by its message id, when it has one (see
/// [`evne_ui::pictogram`]).
pub fn pictogram(id: &str) -> Html {
    evne_ui::pictogram::view(id)
}

/// A large "add another" button: a new empty entry at the end of the list at `path`.
pub fn add_button(cx: &Ctx, label: &str, action: &str, path: &str) -> Html {
    let (cx2, path) = (cx.clone(), path.to_owned());
    let onclick = Callback::from(move |_: MouseEvent| cx2.set(&path, Value::Add));
    html! {
        <button type="button" class="secondary add" data-action={action.to_owned()} {onclick}>
            { format!("+ {}", cx.t(label)) }
        </button>
    }
}

/// A "remove this entry" button: entry `index` of the list at `path`.
pub fn remove_button(cx: &Ctx, path: &str, index: usize) -> Html {
    let (cx2, path) = (cx.clone(), path.to_owned());
    let onclick = Callback::from(move |_: MouseEvent| cx2.set(&path, Value::Remove(index)));
    html! {
        <button type="button" class="secondary remove" data-action="remove" {onclick}>
            { cx.t("remove") }
        </button>
    }
}
