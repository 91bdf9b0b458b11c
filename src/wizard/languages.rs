//! Languages: which ones, and for each a tap-scale per CEFR skill with the "I can ..."
//! sentence of the chosen level; Norwegian and English are always asked. Then the scripts the
//! person reads, and how well they read and write.

use super::inputs::{code, labelled, many_of, one_of, select, Ctx};
use evne_model::profile::{
    entry_path, field_path, CefrLevel, CefrSkill, LanguageEntry, Value, SPOKEN_LANGUAGE_CHOICES,
};
use evne_model::{taxonomy, Draft};
use yew::prelude::*;

/// Norwegian and English: asked of everyone, whatever else they speak.
pub const ALWAYS_ASKED: [&str; 2] = ["nb", "en"];

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let l = &d.profile.languages;
    let chosen: Vec<String> = l.entries.iter().map(|e| e.code.clone()).collect();
    let quick: Vec<&str> = SPOKEN_LANGUAGE_CHOICES
        .iter()
        .copied()
        .filter(|c| !ALWAYS_ASKED.contains(c))
        .collect();
    let others: Vec<&str> = taxonomy::languages()
        .into_iter()
        .filter(|c| !SPOKEN_LANGUAGE_CHOICES.contains(c))
        .collect();
    // Norwegian and English are shown even before the person rates them.
    let mut shown: Vec<LanguageEntry> = l.entries.clone();
    for code in ALWAYS_ASKED {
        if !shown.iter().any(|e| e.code == code) {
            shown.push(LanguageEntry::new(code));
        }
    }
    html! {
        <>
            { many_of(cx, "languages", "field-languages", "languages.entries",
                &labelled(cx, "lang", &quick), &chosen) }
            { select(cx, "other-language", "field-other-language", "languages",
                &labelled(cx, "lang", &others), None, |code| code.map(Value::AddLanguage)) }
            { for shown.iter().map(|entry| language_card(cx, d, entry)) }
            { many_of(cx, "scripts", "field-scripts", "languages.scripts",
                &labelled(cx, "script", &taxonomy::choices("script")), &l.scripts) }
            { one_of(cx, "literacy", "field-literacy", "languages.literacy",
                &labelled(cx, "literacy", &taxonomy::choices("literacy")), l.literacy.as_deref(), code) }
        </>
    }
}

fn language_card(cx: &Ctx, d: &Draft, e: &LanguageEntry) -> Html {
    let index = d
        .profile
        .languages
        .entries
        .iter()
        .position(|x| x.code == e.code);
    let path = index.map_or_else(
        || "languages.entries".to_owned(),
        |i| entry_path("languages.entries", i),
    );
    let code = e.code.clone();
    let mother = {
        let (cx2, path, code) = (cx.clone(), path.clone(), code.clone());
        Callback::from(move |_: Event| {
            let language = code.clone();
            cx2.set(&path, Value::MotherTongue { language });
        })
    };
    html! {
        <fieldset class="card language-card" data-language={code.clone()}>
            <legend class="label">{ cx.t(&format!("lang-{code}")) }</legend>
            if !ALWAYS_ASKED.contains(&code.as_str()) {
                <label class={classes!("choice", e.mother_tongue.then_some("checked"))}>
                    <input type="checkbox" name="mother-tongue" checked={e.mother_tongue} onchange={mother} />
                    <span>{ cx.t("field-mother-tongue") }</span>
                </label>
            }
            { for CefrSkill::ALL.into_iter().map(|skill| level_scale(cx, &path, &code, e, skill)) }
        </fieldset>
    }
}

/// Seven levels (none, A1 ... C2) as a row of buttons; the chosen one's sentence below.
fn level_scale(cx: &Ctx, path: &str, code: &str, e: &LanguageEntry, skill: CefrSkill) -> Html {
    let chosen = e.skill(skill);
    let skill_code = skill.code();
    let field = field_path(path, skill_code);
    html! {
        <div class="field level-scale" data-skill={skill_code}>
            <span class="label">{ cx.t(&format!("cefr-skill-{skill_code}")) }</span>
            <div class="levels" role="radiogroup">
                { for CefrLevel::ALL.into_iter().enumerate().map(|(i, cefr)| {
                    let level = cefr.code();
                    let on = chosen == Some(cefr);
                    let (cx2, field2, code) = (cx.clone(), field.clone(), code.to_owned());
                    let onclick = Callback::from(move |_: MouseEvent| {
                        cx2.set(&field2, Value::Level { language: code.clone(), skill, level: cefr });
                    });
                    html! {
                        <button type="button" role="radio" aria-checked={on.to_string()}
                            class={classes!("level", on.then_some("checked"))}
                            title={cx.t(&format!("cefr-{skill_code}-{level}"))}
                            data-level={level} {onclick}>
                            <span class="bars" aria-hidden="true">
                                { for (1..CefrLevel::ALL.len()).map(|b| html! {
                                    <span class={classes!("bar", (b <= i).then_some("on"))} />
                                }) }
                            </span>
                            <span class="level-code">{ if i == 0 { "0".to_owned() } else { level.to_uppercase() } }</span>
                        </button>
                    }
                }) }
            </div>
            if let Some(level) = chosen {
                <p class="can-do">{ cx.t(&format!("cefr-{skill_code}-{}", level.code())) }</p>
            }
            { cx.errors_at(&field) }
        </div>
    }
}
