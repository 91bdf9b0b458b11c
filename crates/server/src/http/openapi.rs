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
    Registered, SavedSearch, Summary, Table, Version, View,
};
use evne_model::profile::{ErrorCode, FieldError};
use evne_model::submission::{Device, DeviceStatus, Enrolment, ErrorBody, Receipt};
use evne_model::Role;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::ArrayBuilder;
use utoipa::openapi::{
    ComponentsBuilder, ContentBuilder, InfoBuilder, OpenApi, OpenApiBuilder, Paths, Ref, RefOr,
    Required, Schema,
};
use utoipa::IntoParams;

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(|| async { AppJson(document()) }))
}

/// Where the API lives.
pub const BASE: &str = "/api/v1";

/// `Name` as a reference, `[Name]` as a list of them.
fn schema(name: &str) -> RefOr<Schema> {
    match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        Some(item) => ArrayBuilder::new()
            .items(Ref::from_schema_name(item))
            .build()
            .into(),
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

fn operation(e: &Endpoint) -> utoipa::openapi::path::Operation {
    let mut op = OperationBuilder::new()
        .summary(Some(e.summary))
        .description(Some(format!("Allowed: {}.", e.allowed)))
        .operation_id(Some(format!(
            "{}{}",
            e.method.to_lowercase(),
            e.path.replace(['/', '{', '}', '-', '.'], "_")
        )));
    if e.path.contains("{id}") {
        op = op.parameter(
            ParameterBuilder::new()
                .name("id")
                .parameter_in(ParameterIn::Path)
                .required(Required::True)
                .schema(Some(
                    utoipa::openapi::schema::ObjectBuilder::new()
                        .schema_type(utoipa::openapi::schema::Type::String),
                )),
        );
    }
    if e.filters {
        for p in Filters::into_params(|| Some(ParameterIn::Query)) {
            op = op.parameter(p);
        }
    }
    if let Some(body) = e.body {
        op = op.request_body(Some(
            RequestBodyBuilder::new()
                .content("application/json", json(body))
                .required(Some(Required::True))
                .build(),
        ));
    }
    let ok = match e.answer {
        Some(answer) => ResponseBuilder::new()
            .description("OK")
            .content("application/json", json(answer)),
        None => ResponseBuilder::new().description("OK (JSON, or no content)"),
    };
    op.response("200", ok.build())
        .response(
            "default",
            ResponseBuilder::new()
                .description(
                    "Refused: 401 no session, 403 not allowed, 404 not found or out of reach, \
                 409 conflict, 422 invalid input (with the fields), 429 too many attempts",
                )
                .content("application/json", json("ErrorBody"))
                .build(),
        )
        .build()
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
    let components = ComponentsBuilder::new()
        .schema_from::<PublicKeyRecord>()
        .schema_from::<SealedSubmission>()
        .schema_from::<Receipt>()
        .schema_from::<Enrolment>()
        .schema_from::<DeviceStatus>()
        .schema_from::<Device>()
        .schema_from::<ErrorBody>()
        .schema_from::<FieldError>()
        .schema_from::<ErrorCode>()
        .schema_from::<Role>()
        .schema_from::<Me>()
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
        .build();
    OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("Evne")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "Competence registration for residents of reception centres. Sessions are \
                     cookies (`evne_session`, HttpOnly, SameSite=Strict); tablets send \
                     `Authorization: Bearer <token>`.",
                ))
                .build(),
        )
        .paths(paths)
        .components(Some(components))
        .build()
}
