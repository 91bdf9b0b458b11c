fn main() {
    evne::start_staff();
}
