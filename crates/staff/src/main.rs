fn main() {
    evne_staff::start();
}
