//! The review of the resident app's words: a locale's messages with their state (the shipped
//! draft, reviewed, approved, or stale once the Norwegian source changed), a reviewer's
//! correction checked by the Fluent rules of `cargo xtask i18n`, and the language pack that
//! carries the reviewed words to the tablets.

use crate::store::recordings::Recorded;
use crate::store::translations::Reviewed;
use evne_locales::check::{self, Message, Problem};
use evne_locales::place::{self, Place};
use evne_model::review::{
    LanguagePack, LocaleCoverage, PackRecording, Progress, ReviewRow, ReviewState, RowRecording,
};
use std::collections::{BTreeMap, HashMap};

/// A locale a reviewer can work on: one the app ships, other than the Norwegian source.
pub fn reviewable(locale: &str) -> bool {
    locale != evne_locales::SOURCE && evne_locales::locales().contains(&locale)
}

/// The Norwegian source of message `id`, if the app has it.
pub fn source(id: &str) -> Option<Message> {
    evne_locales::shipped(evne_locales::SOURCE)?
        .into_iter()
        .find(|m| m.id == id)
}

/// Checks a reviewer's text for message `id`; the text to keep and the hash of the source it
/// translates. `None` for a message the app does not have.
pub fn checked(id: &str, text: &str) -> Option<Result<(String, String), Problem>> {
    let source = source(id)?;
    let hash = evne_locales::source_hash(&source.text);
    Some(check::translation(id, &source.variables, text).map(|t| (t, hash)))
}

/// The state of a message whose source is `source_text`, given its review (if any).
pub fn state(source_text: &str, review: Option<&Reviewed>) -> ReviewState {
    match review {
        None => ReviewState::Draft,
        Some(r) if r.source_hash != evne_locales::source_hash(source_text) => ReviewState::Stale,
        Some(r) if r.approved_by.is_some() => ReviewState::Approved,
        Some(_) => ReviewState::Reviewed,
    }
}

/// The state of a message no reviewer has touched on this server: what the release says of it
/// (`reviewed.tsv`), or a draft.
fn shipped_state(
    source_text: &str,
    shipped: Option<&evne_locales::reviews::Shipped>,
) -> ReviewState {
    match shipped {
        None => ReviewState::Draft,
        Some(r) if r.source_hash != evne_locales::source_hash(source_text) => ReviewState::Stale,
        Some(r) if r.approved => ReviewState::Approved,
        Some(_) => ReviewState::Reviewed,
    }
}

/// Whether `recording` was made against the source text `source_text` (else it is stale).
pub fn fresh(source_text: &str, recording: &Recorded) -> bool {
    recording.source_hash == evne_locales::source_hash(source_text)
}

/// Every message of `locale` as `me` sees it, in the order a resident meets them.
pub fn rows(
    locale: &str,
    reviewed: &[Reviewed],
    recorded: &[Recorded],
    me: &str,
) -> Vec<ReviewRow> {
    let shipped = evne_locales::shipped_texts(locale).unwrap_or_default();
    let released = evne_locales::shipped_reviews(locale);
    let released_audio = evne_locales::shipped_recordings(locale);
    let english = evne_locales::shipped_texts("en").unwrap_or_default();
    let by_id: HashMap<&str, &Reviewed> = reviewed
        .iter()
        .map(|r| (r.message_id.as_str(), r))
        .collect();
    let mut rows: Vec<(Place, usize, ReviewRow)> = evne_locales::shipped(evne_locales::SOURCE)
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let place = place::of(&m.id).unwrap_or(Place::Throughout);
            let review = by_id.get(m.id.as_str()).copied();
            let text = review
                .map(|r| r.text.clone())
                .or_else(|| shipped.get(&m.id).cloned())
                .unwrap_or_default();
            let state = match review {
                Some(_) => state(&m.text, review),
                None => shipped_state(&m.text, released.iter().find(|r| r.id == m.id)),
            };
            let source_hash = evne_locales::source_hash(&m.text);
            let recording = match recorded.iter().find(|r| r.message_id == m.id) {
                Some(r) => Some(RowRecording {
                    media_type: r.media_type.clone(),
                    duration_ms: r.duration_ms.try_into().unwrap_or_default(),
                    stale: r.source_hash != source_hash,
                    url: None,
                }),
                None => released_audio
                    .iter()
                    .find(|r| r.id == m.id)
                    .map(|r| RowRecording {
                        media_type: r.media_type.clone(),
                        duration_ms: r.duration_ms,
                        stale: r.source_hash != source_hash,
                        url: Some(r.url(locale)),
                    }),
            };
            let row = ReviewRow {
                state,
                recording,
                reviewed_by_me: review.is_some_and(|r| r.reviewed_by == me),
                english: english.get(&m.id).cloned().unwrap_or_default(),
                place: place.code().to_owned(),
                source: m.text,
                id: m.id,
                text,
            };
            (place, i, row)
        })
        .collect();
    rows.sort_by_key(|(place, i, _)| (*place, *i));
    rows.into_iter().map(|(_, _, row)| row).collect()
}

/// The progress of each place that has messages, in order, then of the whole locale.
pub fn progress(rows: &[ReviewRow]) -> Vec<Progress> {
    let mut out: Vec<Progress> = vec![];
    let mut total = Progress::default();
    for row in rows {
        if out.last().is_none_or(|p| p.place != row.place) {
            out.push(Progress {
                place: row.place.clone(),
                ..Progress::default()
            });
        }
        for p in [out.last_mut(), Some(&mut total)].into_iter().flatten() {
            p.messages += 1;
            match row.state {
                ReviewState::Draft => {}
                ReviewState::Reviewed => p.reviewed += 1,
                ReviewState::Approved => {
                    p.reviewed += 1;
                    p.approved += 1;
                }
                ReviewState::Stale => p.stale += 1,
            }
            if row.recording.as_ref().is_some_and(|r| !r.stale) {
                p.recorded += 1;
            }
        }
    }
    out.push(total);
    out
}

/// The whole of `locale`'s progress (what the review screen shows as its total).
pub fn coverage(locale: &str, reviewed: &[Reviewed], recorded: &[Recorded]) -> LocaleCoverage {
    let rows = rows(locale, reviewed, recorded, "");
    let total = progress(&rows).pop().unwrap_or_default();
    LocaleCoverage {
        locale: locale.to_owned(),
        messages: total.messages,
        reviewed: total.reviewed,
        approved: total.approved,
        stale: total.stale,
        recorded: total.recorded,
    }
}

/// The language pack of `locale`: every review and recording that is not stale.
pub fn pack(locale: &str, reviewed: &[Reviewed], recorded: &[Recorded]) -> LanguagePack {
    let released = evne_locales::shipped_recordings(locale);
    pack_with(locale, reviewed, recorded, &released)
}

/// [`pack`], with the recordings the release carries given.
fn pack_with(
    locale: &str,
    reviewed: &[Reviewed],
    recorded: &[Recorded],
    released: &[evne_locales::recorded::Shipped],
) -> LanguagePack {
    let sources = evne_locales::shipped_texts(evne_locales::SOURCE).unwrap_or_default();
    let messages: BTreeMap<String, String> = reviewed
        .iter()
        .filter(|r| {
            sources
                .get(&r.message_id)
                .is_some_and(|s| state(s, Some(r)) != ReviewState::Stale)
        })
        .map(|r| (r.message_id.clone(), r.text.clone()))
        .collect();
    // This server's fresh recordings, then the release's fresh ones of the other messages.
    let mut recordings: BTreeMap<String, PackRecording> = BTreeMap::new();
    for r in recorded {
        if sources.get(&r.message_id).is_some_and(|s| fresh(s, r)) {
            let recording = PackRecording {
                hash: r.audio_hash.clone(),
                media_type: r.media_type.clone(),
                url: None,
            };
            recordings.insert(r.message_id.clone(), recording);
        }
    }
    for r in released {
        let is_fresh = sources
            .get(&r.id)
            .is_some_and(|s| evne_locales::source_hash(s) == r.source_hash);
        if is_fresh && !recordings.contains_key(&r.id) {
            let recording = PackRecording {
                hash: r.audio_hash.clone(),
                media_type: r.media_type.clone(),
                url: Some(r.url(locale)),
            };
            recordings.insert(r.id.clone(), recording);
        }
    }
    let mut content = messages
        .iter()
        .map(|(id, text)| format!("{id} = {text}\n"))
        .collect::<String>();
    for (id, r) in &recordings {
        content.push_str(&format!("# {id} {}\n", r.hash));
    }
    LanguagePack {
        locale: locale.to_owned(),
        hash: evne_locales::source_hash(&content),
        messages,
        recordings,
    }
}

/// What `evne-server export-locale` writes: the locale's files as the app ships them, with each
/// fresh review's text in place of the shipped one (stale reviews are left out: their source
/// changed), and the `reviewed.tsv` a release carries (what it shipped, then this server's
/// fresh reviews). File name -> text.
pub fn export(locale: &str, reviewed: &[Reviewed]) -> Result<Vec<(String, String)>, String> {
    let sources = evne_locales::shipped_texts(evne_locales::SOURCE).unwrap_or_default();
    let fresh: Vec<&Reviewed> = reviewed
        .iter()
        .filter(|r| {
            sources
                .get(&r.message_id)
                .is_some_and(|s| state(s, Some(r)) != ReviewState::Stale)
        })
        .collect();
    let mut out = vec![];
    for (file, text) in evne_locales::shipped_files(locale) {
        let ids = evne_locales::check::parse(text)?;
        let texts: BTreeMap<String, String> = fresh
            .iter()
            .filter(|r| ids.iter().any(|m| m.id == r.message_id))
            .map(|r| (r.message_id.clone(), r.text.clone()))
            .collect();
        let replaced = evne_locales::check::replace_values(text, &texts)?;
        out.push((format!("{file}.ftl"), replaced));
    }
    let mut released = evne_locales::shipped_reviews(locale);
    released.retain(|s| !fresh.iter().any(|r| r.message_id == s.id));
    released.extend(fresh.iter().map(|r| evne_locales::reviews::Shipped {
        id: r.message_id.clone(),
        approved: r.approved_by.is_some(),
        source_hash: r.source_hash.clone(),
    }));
    out.push((
        evne_locales::reviews::FILE.to_owned(),
        evne_locales::reviews::write(&released),
    ));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reviewed(id: &str, text: &str, source: &str, approved: bool) -> Reviewed {
        Reviewed {
            message_id: id.into(),
            text: text.into(),
            source_hash: evne_locales::source_hash(source),
            reviewed_by: "u1".into(),
            reviewed_at: 0,
            approved_by: approved.then(|| "u2".into()),
        }
    }

    #[test]
    fn a_review_goes_stale_when_its_source_changes() {
        let yes = source("consent-yes").expect("consent-yes").text;
        let r = reviewed("consent-yes", "እወ", &yes, false);
        assert_eq!(state(&yes, None), ReviewState::Draft);
        assert_eq!(state(&yes, Some(&r)), ReviewState::Reviewed);
        let approved = reviewed("consent-yes", "እወ", &yes, true);
        assert_eq!(state(&yes, Some(&approved)), ReviewState::Approved);
        let old = reviewed("consent-yes", "እወ", "Ja, det vil jeg", true);
        assert_eq!(state(&yes, Some(&old)), ReviewState::Stale);
        let pack = pack("ti", &[r, old.clone()], &[]);
        assert_eq!(pack.messages.len(), 1, "stale reviews stay out of the pack");
        assert_eq!(pack.messages["consent-yes"], "እወ");
    }

    #[test]
    fn a_recording_goes_stale_with_its_source_and_leaves_the_pack() {
        let yes = source("consent-yes").expect("consent-yes").text;
        let recorded = |id: &str, source: &str| Recorded {
            message_id: id.into(),
            source_hash: evne_locales::source_hash(source),
            media_type: "audio/webm".into(),
            duration_ms: 1200,
            audio_hash: "a1".into(),
        };
        let no = source("consent-no").expect("consent-no").text;
        let both = [
            recorded("consent-yes", &yes),
            recorded("consent-no", "Nei?"),
        ];
        let rows = rows("ti", &[], &both, "me");
        let row = |id: &str| rows.iter().find(|r| r.id == id).expect("a row");
        assert_eq!(
            row("consent-yes").recording.as_ref().map(|r| r.stale),
            Some(false)
        );
        assert_eq!(
            row("consent-no").recording.as_ref().map(|r| r.stale),
            Some(true)
        );
        assert!(row("consent-no").source == no);
        assert_eq!(progress(&rows).last().map(|p| p.recorded), Some(1));
        let pack = pack("ti", &[], &both);
        assert_eq!(pack.recordings.keys().collect::<Vec<_>>(), ["consent-yes"]);
        assert_eq!(
            pack.recording_url("consent-yes").as_deref(),
            Some("/api/v1/language-packs/ti/recordings/consent-yes?v=a1")
        );
        assert_ne!(
            pack.hash,
            super::pack("ti", &[], &[]).hash,
            "the hash follows the audio"
        );
    }

    #[test]
    fn what_a_release_reviewed_shows_as_reviewed_until_its_source_changes() {
        let yes = source("consent-yes").expect("consent-yes").text;
        let shipped = |text: &str, approved| evne_locales::reviews::Shipped {
            id: "consent-yes".into(),
            approved,
            source_hash: evne_locales::source_hash(text),
        };
        assert_eq!(shipped_state(&yes, None), ReviewState::Draft);
        assert_eq!(
            shipped_state(&yes, Some(&shipped(&yes, false))),
            ReviewState::Reviewed
        );
        assert_eq!(
            shipped_state(&yes, Some(&shipped(&yes, true))),
            ReviewState::Approved
        );
        assert_eq!(
            shipped_state(&yes, Some(&shipped("Ja?", true))),
            ReviewState::Stale
        );
    }

    #[test]
    fn rows_follow_the_resident_and_count_per_place() {
        let rows = rows("ti", &[], &[], "me");
        assert_eq!(rows.first().map(|r| r.place.as_str()), Some("start"));
        assert_eq!(rows.last().map(|r| r.place.as_str()), Some("tablet"));
        let consent = rows.iter().position(|r| r.place == "consent");
        let work = rows.iter().position(|r| r.place == "work");
        assert!(consent < work);
        let progress = progress(&rows);
        let total = progress.last().expect("a total");
        assert_eq!(total.place, "");
        assert_eq!(total.messages as usize, rows.len());
        assert_eq!(total.reviewed, 0);
        assert!(rows
            .iter()
            .all(|r| r.state == ReviewState::Draft && !r.text.is_empty()));
    }

    #[test]
    fn a_correction_keeps_the_source_s_variables() {
        assert!(checked("no-such-message", "x").is_none());
        assert!(matches!(
            checked("step-of", "{ $step }"),
            Some(Err(Problem::MissingVariable(v))) if v == "steps"
        ));
        let (text, hash) = checked("step-of", "ደረጃ { $step } ካብ { $steps }")
            .expect("a message")
            .expect("valid");
        assert_eq!(text, "ደረጃ { $step } ካብ { $steps }");
        assert_eq!(hash.len(), 24);
    }
}
