package cn.wuhu.sti.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, driven through its chromedriver: Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs where they are missing. Without them the test using it is skipped, saying so.
 */
final class DashboardBrowser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;

    private DashboardBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Whether this machine has the browser and its driver. */
    static boolean available() {
        return onPath("chromium", "chromium-browser", "google-chrome").isPresent()
                && onPath("chromedriver").isPresent();
    }

    static DashboardBrowser start() {
        Optional<Path> browser = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        Assumptions.assumeTrue(
                browser.isPresent() && chromedriver.isPresent(),
                "no chromium and chromedriver on the PATH: .ci/run installs Debian's chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.get().toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--window-size=1440,2000",
                        "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        return new DashboardBrowser(new ChromeDriver(service, options));
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Opens the dashboard on {@code year}, signs in on the issuer's login page it is sent to, and waits until the
     * page has loaded that year.
     */
    void signInToTheDashboard(String gateway, int year, String user, String password) {
        open(gateway + "/?year=" + year);
        waitFor("input[name=username]");
        type("input[name=username]", user);
        type("input[name=password]", password);
        click("button[type=submit]");
        waitFor("body[data-loaded-year='" + year + "']");
    }

    /** Waits until every chart of the page is drawn on its canvas, and returns how many pixels each has painted. */
    java.util.Map<String, Long> chartsDrawn() {
        java.util.Map<String, Long> painted = new java.util.LinkedHashMap<>();
        for (String chart : java.util.List.of("#district-chart", "#industry-chart", "#series-chart")) {
            painted.put(chart, waitUntil(() -> {
                long pixels = paintedPixels(chart);
                return pixels > 1_000 ? pixels : null;
            }));
        }
        return painted;
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement waitFor(String css) {
        return waitUntil(() -> driver.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    <T> T waitUntil(java.util.function.Supplier<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(ignored -> condition.get());
    }

    void type(String css, String text) {
        WebElement field = waitFor(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        waitFor(css).click();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** How many pixels of the canvas in {@code container} are painted: a chart drawn, not just a div. */
    long paintedPixels(String container) {
        Object painted = script("""
                const canvas = document.querySelector(arguments[0] + ' canvas');
                if (!canvas || canvas.width === 0 || canvas.height === 0) { return 0; }
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let alpha = 3; alpha < pixels.length; alpha += 4) { if (pixels[alpha] > 0) { painted++; } }
                return painted;""", container);
        return ((Number) painted).longValue();
    }

    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<Path> onPath(String... names) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
