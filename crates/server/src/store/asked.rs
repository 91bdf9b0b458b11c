//! Languages residents asked for that the app does not have, counted per centre and day.

use evne_model::submission::{Asked, AskedLanguage};
use sqlx::AnyPool;

/// Adds what a tablet of `centre` reported on `day` (days since the Unix epoch).
pub async fn add(
    db: &AnyPool,
    centre: &str,
    day: i64,
    asked: &[AskedLanguage],
) -> Result<(), sqlx::Error> {
    let mut tx = crate::db::begin(db).await?;
    for a in asked {
        sqlx::query(
            "INSERT INTO asked_languages (centre, language, day, count) VALUES ($1, $2, $3, $4)
             ON CONFLICT (centre, language, day)
             DO UPDATE SET count = asked_languages.count + excluded.count",
        )
        .bind(centre)
        .bind(&a.language)
        .bind(day)
        .bind(i64::from(a.count))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// What was asked for since `since` (a day), at `centre` or everywhere, most asked first.
pub async fn since(
    db: &AnyPool,
    centre: Option<&str>,
    since: i64,
) -> Result<Vec<Asked>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        language: String,
        count: i64,
        centres: i64,
    }
    let here = if centre.is_some() {
        "AND centre = $2"
    } else {
        ""
    };
    let sql = format!(
        "SELECT language, CAST(SUM(count) AS BIGINT) AS count,
                CAST(COUNT(DISTINCT centre) AS BIGINT) AS centres
         FROM asked_languages WHERE day >= $1 {here}
         GROUP BY language ORDER BY SUM(count) DESC, language"
    );
    let mut query = sqlx::query_as::<_, Row>(&sql).bind(since);
    if let Some(centre) = centre {
        query = query.bind(centre);
    }
    let rows = query.fetch_all(db).await?;
    Ok(rows
        .into_iter()
        .map(|r| Asked {
            language: r.language,
            count: r.count,
            centres: r.centres,
        })
        .collect())
}
