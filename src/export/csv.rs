//! CSV tables: UTF-8 with a header row, one file per table, cells that would run as formulas
//! neutralised.

use super::ExportError;
use super::safe::neutral_cell;
use super::tables::{self, DataTable, Value};
use crate::model::Plan;

fn to_csv(table: &DataTable) -> Result<Vec<u8>, ExportError> {
    let fail = |e: csv::Error| ExportError::Render {
        what: "CSV table",
        message: e.to_string(),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&table.headers).map_err(fail)?;
    for row in &table.rows {
        // Only text is neutralised: a negative number is a number, not a formula.
        w.write_record(row.iter().map(|v| match v {
            Value::Text(t) => neutral_cell(t),
            other => other.text(),
        }))
        .map_err(fail)?;
    }
    w.into_inner().map_err(|e| ExportError::Render {
        what: "CSV table",
        message: e.to_string(),
    })
}

/// One file per table: `priorities.csv`, `key_results.csv`, …
pub fn all_tables(plan: &Plan) -> Result<Vec<(String, Vec<u8>)>, ExportError> {
    tables::all(plan)
        .iter()
        .map(|t| Ok((format!("{}.csv", t.name), to_csv(t)?)))
        .collect()
}

/// The key results alone, for a CSV export to one file.
pub fn key_results(plan: &Plan) -> Result<Vec<u8>, ExportError> {
    to_csv(&tables::key_results(plan))
}
