//! The `dfakeseeder` command: the window, the headless engine, and the tools around them.

fn main() -> std::process::ExitCode {
    dfakeseeder::cli::main()
}
