//! Reports: a day's turns folded into a [`DailyReport`] (JSON with a versioned schema, and a
//! self-contained HTML page), and months rolled up into anonymised [`MonthlyAggregate`]s.
//!
//! - [`tally`]: the fold, in memory bounded independently of the number of turns;
//! - [`schema`]: the documents as written;
//! - [`html`]: the page, inline CSS and SVG only;
//! - [`monthly`]: the roll-up, counts and rates only;
//! - [`aggregator`]: the job the `aggregator` function and the local runner run.

mod aggregator;
pub mod html;
pub mod monthly;
pub mod schema;
pub mod tally;
mod top;
mod utterance;

pub use aggregator::{AggregateError, AggregateRequest, Aggregator, tally_partitions};
pub use schema::{DailyReport, MonthlyAggregate, SCHEMA_VERSION};
pub use tally::DayTally;
