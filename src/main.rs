fn main() {
    evne::start();
}
