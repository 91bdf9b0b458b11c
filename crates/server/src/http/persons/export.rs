//! A profile for the municipality's (or the directorate's) own systems: JSON or CSV.

use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::http::extract::{AppQuery, Id};
use crate::http::AppJson;
use crate::store::persons;
use crate::AppState;
use axum::extract::State;
use evne_model::Role;
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExportParams {
    /// `json` (default) or `csv`.
    #[param(pattern = "^(json|csv)$")]
    format: Option<String>,
}

/// The profile for the municipality's (or the directorate's) own systems: the JSON record, each
/// job with its ISCO-08 and ESCO codes (see [`crate::esco::code_work`]), or a CSV of
/// `field,value` rows (one per answer, paths as in the JSON). Audited as an export.
pub(super) async fn export(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    AppQuery(params): AppQuery<ExportParams>,
) -> Result<axum::response::Response> {
    use axum::response::IntoResponse;
    let roles = [Role::SettlementOfficer, Role::Municipality];
    let (reach, person) = access::person(&state.db, &user, Action::Export, &id, &roles).await?;
    let id = person.id.clone();
    let csv = match params.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(Error::InvalidInput),
    };
    let mut tx = crate::db::begin(&state.db).await?;
    let Some((_, mut profile)) = persons::latest(&mut tx, &id).await? else {
        return Err(Error::NotFound);
    };
    if person.shielded && reach.hides_centre_of_shielded() {
        profile.person.centre = None;
    }
    let coded = crate::store::job_codes::of(&mut tx, &id).await?;
    let codes = crate::esco::job_codes(&profile, &coded);
    audit::allowed(&mut *tx, &user.id, Action::Export, Some(&id)).await?;
    tx.commit().await?;
    let disposition = |ext: &str| format!("attachment; filename=\"evne-{id}.{ext}\"");
    let mut json = serde_json::to_value(&profile)
        .map_err(|e| anyhow::anyhow!("Failed to serialise a profile: {e}"))?;
    crate::esco::code_work(&mut json, &codes);
    if !csv {
        let headers = [(axum::http::header::CONTENT_DISPOSITION, disposition("json"))];
        return Ok((headers, AppJson(json)).into_response());
    }
    let mut rows = vec![];
    flatten("", &json, &mut rows);
    let mut out = String::from("field,value\r\n");
    for (field, value) in rows {
        out.push_str(&format!("{},{}\r\n", csv_cell(&field), csv_cell(&value)));
    }
    let headers = [
        (
            axum::http::header::CONTENT_TYPE,
            "text/csv; charset=utf-8".to_owned(),
        ),
        (axum::http::header::CONTENT_DISPOSITION, disposition("csv")),
    ];
    Ok((headers, out).into_response())
}

/// `(path, value)` of every leaf of `v`, paths as in validation errors (`work[0].title.text`).
fn flatten(path: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                flatten(&p, v, out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                flatten(&format!("{path}[{i}]"), v, out);
            }
        }
        serde_json::Value::String(s) => out.push((path.to_owned(), s.clone())),
        other => out.push((path.to_owned(), other.to_string())),
    }
}

/// One CSV cell: quoted, quotes doubled; a leading `=+-@` is prefixed with `'` so that a
/// spreadsheet never runs a person's text as a formula.
fn csv_cell(s: &str) -> String {
    let safe = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    format!("\"{}\"", safe.replace('"', "\"\""))
}
