//! `GET /openapi.json`: the OpenAPI 3.1 document of the API, generated from the route table
//! ([`super::ENDPOINTS`]) and the API shapes' own schemas (`utoipa::ToSchema` on the model's
//! types), so that it cannot drift from the code.

use super::{AppJson, Endpoint, ENDPOINTS};
use crate::search::Filters;
use crate::AppState;
use axum::routing::get;
use axum::Router;
use evne_model::assisted::Assisted;
use evne_model::envelope::{PublicKeyRecord, SealedSubmission};
use evne_model::persons::{
    Cell, Centre, CentreUpdate, Handover, Me, NewSearch, Note, NoteBody, Organisation, Page,
    Registered, SavedSearch, ShieldRights, Summary, Table, User, Version, View,
};
use evne_model::profile::{ErrorCode, FieldError};
use evne_model::review::{
    LanguagePack, LocaleCoverage, PackRecording, Progress, Review, ReviewBody, ReviewRow,
    ReviewState, RowRecording,
};
use evne_model::submission::{Device, DeviceStatus, Enrolment, ErrorBody, LockSecret, Receipt};
use evne_model::Role;
use utoipa::openapi::path::{
    HttpMethod, OperationBuilder, Parameter, ParameterBuilder, ParameterIn,
};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{
    ComponentsBuilder, ContentBuilder, InfoBuilder, OpenApi, OpenApiBuilder, Paths, Ref, RefOr,
    Required, Schema,
};
use utoipa::IntoParams;

mod fixes;

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(|| async { AppJson(document()) }))
}

/// Where the API lives.
pub const BASE: &str = "/api/v1";

/// `Name` as a reference, `[Name]` as a list of them, `Object` as any JSON object.
fn schema(name: &str) -> RefOr<Schema> {
    match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        Some(item) => ArrayBuilder::new().items(schema(item)).build().into(),
        None if name == "Object" => ObjectBuilder::new().schema_type(Type::Object).into(),
        None => Ref::from_schema_name(name).into(),
    }
}

fn json(name: &str) -> utoipa::openapi::Content {
    ContentBuilder::new().schema(Some(schema(name))).build()
}

fn method(name: &str) -> HttpMethod {
    match name {
        "POST" => HttpMethod::Post,
        "PUT" => HttpMethod::Put,
        "DELETE" => HttpMethod::Delete,
        _ => HttpMethod::Get,
    }
}

/// The query parameters of [`Endpoint::query`]'s `name`; `None` for a name it does not know
/// (a test checks every endpoint's).
fn query(name: &str) -> Option<Vec<Parameter>> {
    let within = || Some(ParameterIn::Query);
    let filters = |leave_out: &[&str]| -> Vec<Parameter> {
        Filters::into_params(within)
            .into_iter()
            .filter(|p| !leave_out.contains(&p.name.as_str()))
            .collect()
    };
    Some(match name {
        // A list: the filters, sorting and paging (`group` would be ignored).
        "Filters" => filters(&["group"]),
        // Statistics: the filters and the group, without which there is no table.
        "Statistics" => {
            let mut params = filters(&["sort", "page", "page_size"]);
            for p in params.iter_mut().filter(|p| p.name == "group") {
                p.required = Required::True;
            }
            params
        }
        "Export" => super::persons::ExportParams::into_params(within),
        "Organisations" => super::organisations::Params::into_params(within),
        "Audit" => super::audit_log::Params::into_params(within),
        "Esco" => super::esco::Params::into_params(within),
        "Feed" => super::feed::Params::into_params(within),
        _ => return None,
    })
}

/// The refusals an endpoint may answer, each in the error shape ([`ErrorBody`]): which ones
/// follow from what it reads (a body, a query string, a path id) and who may call it.
fn refusals(e: &Endpoint) -> Vec<(&'static str, &'static str)> {
    let open = e.allowed == "anyone";
    let mut out = vec![];
    if e.body.is_some() || e.query.is_some() {
        out.push(("400", "A query string or body that does not parse"));
    }
    if !open || e.path == "/login" {
        out.push((
            "401",
            "No session (or no enrolled tablet's or integration's token); for a login, wrong \
             credentials",
        ));
    }
    // Any state change from another site is refused, whoever may call it.
    if !open || e.method != "GET" {
        out.push((
            "403",
            "Not allowed to this caller (or a one-time password to change first), or sent \
             from another site",
        ));
    }
    if e.path.contains('{') {
        out.push(("404", "No such id, or out of the caller's reach"));
    }
    out.push((
        "405",
        "A method this path does not have (`Allow` lists those it has)",
    ));
    if e.path == "/submissions" {
        out.push((
            "409",
            "The same id was sent before with another registration",
        ));
    }
    if e.path.ends_with("/approval") {
        out.push((
            "409",
            "Not reviewed yet, reviewed by the caller, or stale: nothing to approve",
        ));
    }
    if e.body == Some(AUDIO) {
        out.push(("413", "A recording larger than 1 MB"));
        out.push((
            "415",
            "Not audio, or audio every tablet cannot play (read from the bytes, not the type)",
        ));
    } else if e.body.is_some() {
        out.push(("413", "A body larger than 256 KB"));
        out.push(("415", "A body not sent as `application/json`"));
    }
    if e.body.is_some() || e.query.is_some() {
        out.push(("422", "A value that breaks a rule; `fields` names it"));
    }
    if ["/login", "/submissions", "/devices/lock-secret"].contains(&e.path) {
        out.push(("429", "Too many attempts: try again later"));
    }
    out.push(("503", "Longer than the server's deadline: try again"));
    out
}

/// The body or answer of an endpoint that sends or gives audio (a recording), not JSON.
const AUDIO: &str = "Audio";
/// The audio a recording may be: what every tablet plays (see `crate::recording`).
const AUDIO_TYPES: [&str; 3] = ["audio/webm", "audio/mp4", "audio/wav"];

fn binary() -> utoipa::openapi::content::Content {
    let bytes =
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(
                utoipa::openapi::KnownFormat::Binary,
            )));
    ContentBuilder::new().schema(Some(bytes)).build()
}

/// A path's `{id}` (a UUID: anything else names nothing, 404), `{locale}` (a locale code),
/// `{message}` (a Fluent message id) or `{job}` (a place in a list, from 0).
fn path_parameter(name: &str) -> Parameter {
    let schema = ObjectBuilder::new().schema_type(Type::String);
    let schema = match name {
        "id" => schema.format(Some(SchemaFormat::Custom("uuid".into()))),
        "job" => schema.pattern(Some("^[0-9]{1,3}$")),
        "locale" => schema.pattern(Some("^[a-z]{2,3}$")),
        _ => schema.pattern(Some("^[a-z][a-z0-9-]{0,79}$")),
    };
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Path)
        .required(Required::True)
        .schema(Some(schema))
        .build()
}

fn operation(e: &Endpoint) -> utoipa::openapi::path::Operation {
    let mut op = OperationBuilder::new()
        .summary(Some(e.summary))
        .description(Some(format!("Allowed: {}.", e.allowed)))
        .operation_id(Some(format!(
            "{}{}",
            e.method.to_lowercase(),
            e.path.replace(['/', '{', '}', '-', '.'], "_")
        )));
    for name in ["id", "locale", "message", "job"] {
        if e.path.contains(&format!("{{{name}}}")) {
            op = op.parameter(path_parameter(name));
        }
    }
    for p in e.query.and_then(query).unwrap_or_default() {
        op = op.parameter(p);
    }
    if let Some(body) = e.body {
        let mut request = RequestBodyBuilder::new();
        request = match body {
            // Any of the types, or none in particular: the bytes decide.
            AUDIO => AUDIO_TYPES
                .iter()
                .chain(&["application/octet-stream"])
                .fold(request, |r, t| r.content(*t, binary())),
            _ => request.content("application/json", json(body)),
        };
        op = op.request_body(Some(request.required(Some(Required::True)).build()));
    }
    op = match e.answer {
        Some(AUDIO) => {
            let ok = AUDIO_TYPES
                .iter()
                .fold(ResponseBuilder::new().description("The audio"), |r, t| {
                    r.content(*t, binary())
                });
            op.response("200", ok.build())
        }
        Some(answer) => {
            let mut ok = ResponseBuilder::new()
                .description("OK")
                .content("application/json", json(answer));
            if e.csv {
                let text = ObjectBuilder::new().schema_type(Type::String);
                ok = ok.content("text/csv", ContentBuilder::new().schema(Some(text)).build());
            }
            op.response("200", ok.build())
        }
        // Nothing to say: no body, and so no content type.
        None => op.response("204", ResponseBuilder::new().description("Done").build()),
    };
    for (status, why) in refusals(e) {
        let refused = ResponseBuilder::new()
            .description(why)
            .content("application/json", json("ErrorBody"));
        op = op.response(status, refused.build());
    }
    op.build()
}

/// The whole document.
pub fn document() -> OpenApi {
    let mut paths = Paths::new();
    for e in &ENDPOINTS {
        paths.add_path_operation(
            format!("{BASE}{}", e.path),
            vec![method(e.method)],
            operation(e),
        );
    }
    let mut components = ComponentsBuilder::new()
        .schema_from::<PublicKeyRecord>()
        .schema_from::<SealedSubmission>()
        .schema_from::<Receipt>()
        .schema_from::<Enrolment>()
        .schema_from::<LockSecret>()
        .schema_from::<DeviceStatus>()
        .schema_from::<Device>()
        .schema_from::<ErrorBody>()
        .schema_from::<FieldError>()
        .schema_from::<ErrorCode>()
        .schema_from::<Role>()
        .schema_from::<Me>()
        .schema_from::<User>()
        .schema_from::<ShieldRights>()
        .schema_from::<Organisation>()
        .schema_from::<Registered>()
        .schema_from::<Summary>()
        .schema_from::<Page>()
        .schema_from::<View>()
        .schema_from::<Version>()
        .schema_from::<NoteBody>()
        .schema_from::<Note>()
        .schema_from::<Cell>()
        .schema_from::<Table>()
        .schema_from::<SavedSearch>()
        .schema_from::<NewSearch>()
        .schema_from::<Handover>()
        .schema_from::<Centre>()
        .schema_from::<CentreUpdate>()
        .schema_from::<Assisted>()
        .schema_from::<super::session::Credentials>()
        .schema_from::<super::session::PasswordChange>()
        .schema_from::<super::persons::ShieldBody>()
        .schema_from::<super::persons::SettleBody>()
        .schema_from::<super::persons::MergeBody>()
        .schema_from::<super::registrations::Registration>()
        .schema_from::<crate::audit::AuditRow>()
        .schema_from::<ReviewState>()
        .schema_from::<RowRecording>()
        .schema_from::<PackRecording>()
        .schema_from::<LocaleCoverage>()
        .schema_from::<evne_model::esco::EscoMatch>()
        .schema_from::<evne_model::coverage::Coverage>()
        .schema_from::<evne_model::coverage::Share>()
        .schema_from::<evne_model::coverage::Week>()
        .schema_from::<evne_model::feed::FeedPage>()
        .schema_from::<evne_model::feed::FeedEvent>()
        .schema_from::<evne_model::feed::FeedKind>()
        .schema_from::<evne_model::feed::FeedCode>()
        .schema_from::<evne_model::feed::FeedNote>()
        .schema_from::<evne_model::esco::JobCode>()
        .schema_from::<evne_model::esco::JobCodeBody>()
        .schema_from::<evne_model::submission::Asked>()
        .schema_from::<evne_model::submission::AskedLanguage>()
        .schema_from::<ReviewRow>()
        .schema_from::<Progress>()
        .schema_from::<Review>()
        .schema_from::<ReviewBody>()
        .schema_from::<LanguagePack>()
        .build();
    fixes::a_note_is_one_object(&mut components.schemas);
    fixes::a_note_says_something(&mut components.schemas);
    fixes::asked_languages_are_of_the_list(&mut components.schemas);
    OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("Evne")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "Competence registration for residents of reception centres. Sessions are \
                     cookies (`evne_session`, HttpOnly, SameSite=Strict); tablets and integration \
                     clients (a case system reading `/feed`) send `Authorization: Bearer <token>`.",
                ))
                .build(),
        )
        .paths(paths)
        .components(Some(components))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_string_of_the_route_table_is_described() {
        for e in &ENDPOINTS {
            if let Some(name) = e.query {
                assert!(query(name).is_some(), "{} {}: {name}", e.method, e.path);
            }
        }
    }
}
