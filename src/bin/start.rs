fn main() {
    evne::start_first_screen();
}
