//! `nln serve` and `nln agency add`: start the HTTP service, create agencies and their keys.
//! The service itself lives in `nln-server`; this module reads flags and prints.

use crate::failure::Failure;

use clap::ArgMatches;
use nln_core::i18n::Localizer;
use nln_server::api::Limits;
use nln_server::store::Database;
use nln_server::{ServerConfig, DEFAULT_DATABASE};
use std::net::SocketAddr;
use std::num::NonZeroU32;

fn database(loc: &Localizer, m: &ArgMatches) -> Result<Database, Failure> {
    let address = m.get_one::<String>("database").map_or(DEFAULT_DATABASE, String::as_str);
    Database::parse(address)
        .map_err(|_| Failure::input(loc.format("serve-error-database", &[("address", address.into())])))
}

fn runtime(loc: &Localizer) -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::input(loc.format("serve-error-start", &[("reason", e.to_string().into())])))
}

/// `nln serve`: runs until stopped (Ctrl-C or a signal).
pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let listen_text = m
        .get_one::<String>("listen")
        .map_or(nln_server::DEFAULT_LISTEN, String::as_str);
    let listen: SocketAddr = listen_text
        .parse()
        .map_err(|_| Failure::input(loc.format("serve-error-listen", &[("address", listen_text.into())])))?;
    let db = database(loc, m)?;
    let limit = |name: &str| m.get_one::<u32>(name).copied().and_then(NonZeroU32::new);
    let defaults = Limits::default();
    let limits = Limits {
        requests_per_second: m
            .get_one::<u32>("rate-limit")
            .map_or(defaults.requests_per_second, |_| limit("rate-limit")),
        sessions_per_hour: m
            .get_one::<u32>("sessions-per-hour")
            .map_or(defaults.sessions_per_hour, |_| limit("sessions-per-hour")),
    };
    nln_server::init_logging();
    let shown_db = db.display();
    let config = ServerConfig {
        listen,
        database: db,
        limits,
        webhooks: nln_server::webhook::DeliveryConfig {
            allow_http_loopback: m.get_flag("webhook-http-loopback"),
            ..Default::default()
        },
    };
    runtime(loc)?.block_on(async {
        let running = nln_server::start(config, nln_core::defaults::catalog())
            .await
            .map_err(|e| Failure::input(loc.format("serve-error-start", &[("reason", e.to_string().into())])))?;
        let url = format!("http://{}", running.address);
        println!(
            "{}",
            loc.format(
                "serve-listening",
                &[("url", url.as_str().into()), ("database", shown_db.as_str().into())]
            )
        );
        println!(
            "{}",
            loc.format("serve-openapi", &[("url", format!("{url}/v1/openapi.json").into())])
        );
        let command = format!("nln agency add NAME --database {shown_db}");
        println!("{}", loc.format("serve-key-hint", &[("command", command.into())]));
        tokio::select! {
            served = running.handle => match served {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(e.to_string()),
                Err(e) => Err(e.to_string()),
            }
            .map_err(|reason| Failure::input(loc.format("serve-error-start", &[("reason", reason.into())]))),
            _ = tokio::signal::ctrl_c() => Ok(()),
        }
    })
}

/// `nln agency add NAME`: prints the new key (alone on standard output, so scripts can take it).
pub fn agency(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let Some(("add", m)) = m.subcommand() else {
        unreachable!("clap requires a subcommand")
    };
    let name = m.get_one::<String>("name").cloned().unwrap_or_default();
    let days = m
        .get_one::<u32>("retention-days")
        .copied()
        .map_or(nln_server::DEFAULT_RETENTION_DAYS, i64::from);
    let role = nln_server::store::Role::parse(m.get_one::<String>("role").map_or("admin", String::as_str));
    let db = database(loc, m)?;
    let added = runtime(loc)?
        .block_on(nln_server::add_agency(&db, &name, days, role))
        .map_err(|e| Failure::input(loc.format("agency-error", &[("reason", e.to_string().into())])))?;
    eprintln!(
        "{}",
        loc.format(
            "agency-added",
            &[("name", name.as_str().into()), ("id", added.id.as_str().into())]
        )
    );
    eprintln!("{}", loc.text("agency-key-once"));
    println!("{}", added.key);
    Ok(())
}
