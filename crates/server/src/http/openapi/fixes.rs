//! What the derived schemas cannot say, mended after they are built: a note is one object, a
//! note says something, a reported language is one of the profile's list.

use utoipa::openapi::schema::{AllOfBuilder, AnyOfBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;

/// A note as answered: its own fields and, beside them, the four parts of a [`evne_model::persons::NoteBody`]
/// (`#[serde(flatten)]`). The derive says `allOf` the body's schema, whose
/// `additionalProperties: false` (a body refuses unknown fields) no note could meet; the parts
/// are copied into the note's own object instead (always there, so required).
pub(super) fn a_note_is_one_object(
    schemas: &mut std::collections::BTreeMap<String, RefOr<Schema>>,
) {
    let Some(RefOr::T(Schema::Object(body))) = schemas.get("NoteBody") else {
        return;
    };
    let parts = body.properties.clone();
    // A note as staff read it, and as the feed carries it.
    for name in ["Note", "FeedNote"] {
        let Some(RefOr::T(Schema::AllOf(derived))) = schemas.get(name) else {
            continue;
        };
        let own = derived.items.iter().find_map(|item| match item {
            RefOr::T(Schema::Object(o)) => Some(o.clone()),
            _ => None,
        });
        let Some(mut note) = own else {
            continue;
        };
        for (part, schema) in parts.clone() {
            note.required.push(part.clone());
            note.properties.insert(part, schema);
        }
        schemas.insert(name.into(), Schema::Object(note).into());
    }
}

/// What the derived schema of a note cannot say: one part at least has something besides
/// white space (`char::is_whitespace`), as [`evne_model::persons::NoteBody::problem`] requires. Added as `allOf`.
pub(super) fn a_note_says_something(
    schemas: &mut std::collections::BTreeMap<String, RefOr<Schema>>,
) {
    const WRITTEN: &str = "[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
    let Some(derived) = schemas.remove("NoteBody") else {
        return;
    };
    let mut written = AnyOfBuilder::new();
    for part in ["goals", "next_steps", "language_training", "text"] {
        let text = ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(WRITTEN));
        written = written.item(ObjectBuilder::new().property(part, text).required(part));
    }
    let note = AllOfBuilder::new().item(derived).item(written);
    schemas.insert("NoteBody".into(), note.into());
}

/// What the derive cannot say of a reported language: one of the profile's list.
pub(super) fn asked_languages_are_of_the_list(
    schemas: &mut std::collections::BTreeMap<String, RefOr<Schema>>,
) {
    let Some(RefOr::T(Schema::Object(asked))) = schemas.get_mut("AskedLanguage") else {
        return;
    };
    let codes = evne_model::taxonomy::languages();
    let language = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(codes.iter().copied()))
        .description(Some("An ISO 639 code of the profile's list of languages"));
    asked
        .properties
        .insert("language".into(), language.build().into());
}
