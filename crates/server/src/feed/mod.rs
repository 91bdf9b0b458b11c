//! The hand-over feed for case systems (`GET /api/v1/feed`): the events of `store::feed`, each
//! rendered when it is read. A settlement or an update carries the version it names (with every
//! job's ISCO-08 and ESCO codes, every coded answer's Norwegian label and the counsellors'
//! notes); a shielded person's centre is left out, as for the municipality; an event whose
//! version is gone (the person was erased while the page was read) is passed over.

pub mod cursor;
mod labels;

use crate::store::{self, feed::EventRow};
use evne_model::feed::{FeedEvent, FeedKind, FeedNote, FeedPage, SCHEMA};
use sqlx::AnyConnection;
use time::format_description::well_known::Rfc3339;

/// One page after `after` (a position), at most `limit` events, and the persons it carries.
pub async fn page(
    conn: &mut AnyConnection,
    after: i64,
    limit: usize,
) -> Result<(FeedPage, Vec<String>), sqlx::Error> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX - 1);
    let mut rows = store::feed::after(conn, after, limit + 1).await?;
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    let next = rows.last().map_or(after, |r| r.position);
    let mut events = vec![];
    for row in rows {
        if let Some(event) = render(conn, row).await? {
            events.push(event);
        }
    }
    let mut persons: Vec<String> = events.iter().map(|e| e.person.clone()).collect();
    persons.sort();
    persons.dedup();
    let page = FeedPage {
        events,
        next: cursor::encode(next),
        more,
    };
    Ok((page, persons))
}

async fn render(conn: &mut AnyConnection, row: EventRow) -> Result<Option<FeedEvent>, sqlx::Error> {
    let Some(kind) = FeedKind::parse(&row.kind) else {
        return Ok(None);
    };
    let at = time::OffsetDateTime::from_unix_timestamp(row.at)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default();
    let mut event = FeedEvent {
        schema: SCHEMA.to_owned(),
        id: row.id,
        cursor: cursor::encode(row.position),
        kind,
        person: row.person_id,
        at,
        municipality: row.municipality_id,
        version: row.version,
        profile: None,
        codes: vec![],
        notes: vec![],
    };
    if !matches!(kind, FeedKind::SettlementAgreed | FeedKind::ProfileUpdated) {
        return Ok(Some(event));
    }
    let Some(version) = row.version else {
        return Ok(None);
    };
    let Some(json) = store::feed::version(conn, &event.person, version).await? else {
        return Ok(None);
    };
    let mut profile = store::persons::parse(&json)?;
    if store::feed::shielded(conn, &event.person).await? != Some(false) {
        // Where a shielded person lives never leaves the server but to officers who may know.
        profile.person.centre = None;
    }
    let coded = store::job_codes::of(conn, &event.person).await?;
    let jobs = crate::esco::job_codes(&profile, &coded);
    event.codes = labels::codes(&profile);
    let mut json = serde_json::to_value(&profile)
        .map_err(|e| sqlx::Error::Decode(format!("a profile: {e}").into()))?;
    crate::esco::code_work(&mut json, &jobs);
    event.profile = Some(json);
    event.notes = store::notes::of_person(conn, &event.person, "")
        .await?
        .into_iter()
        .map(|n| FeedNote {
            created_at: n.created_at,
            updated_at: n.updated_at,
            body: n.body,
        })
        .collect();
    Ok(Some(event))
}
