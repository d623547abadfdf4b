using Explainer.Courses;

namespace Explainer.Cli;

/// <summary>The course project <c>explainer new course DIR</c> writes: a course file, two lessons and a README, which build as they are.</summary>
internal static class StarterCourse
{
    /// <summary>The network lesson's path in the course folder.</summary>
    public const string NetworkLesson = "lessons/network.yaml";

    /// <summary>The expression lesson's path in the course folder.</summary>
    public const string ExpressionLesson = "lessons/expression.yaml";

    /// <summary>The files of the course, relative path (with <c>/</c>) → text.</summary>
    /// <param name="name">The course folder's name, for the README's commands.</param>
    /// <param name="courseSchema">The course schema's path relative to the course folder, or null when the repository's <c>schemas/</c> was not found.</param>
    /// <param name="specSchema">The spec schema's path relative to the lessons folder, or null.</param>
    public static IReadOnlyDictionary<string, string> Files(string name, string? courseSchema, string? specSchema) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [CourseLoader.FileName] = CourseFile(courseSchema),
        [NetworkLesson] = StarterSpec.Network(specSchema),
        [ExpressionLesson] = StarterSpec.Expression(specSchema),
        ["README.md"] = Readme(name),
    };

    private static string CourseFile(string? schema) => (schema is null
        ? "# The schema of this file is schemas/course.schema.json in the explainer repository.\n"
        : $"# yaml-language-server: $schema={schema}\n") + """
        # A course for explainer: its title, its defaults and its table of contents. It builds as it is:
        #   explainer build DIR      the site in DIR/site (index.html, one page per lesson, worksheets, errata)
        #   explainer serve DIR      the same on http://127.0.0.1:8080/, rebuilt and reloaded as you edit
        title: My backpropagation course
        author: Your Name
        language: en                     # en or zh-CN, or a list such as [en, zh-CN] (the first is the default)
        digits: 10                       # significant digits of every value; explainer build --digits overrides it
        # bias_policy: shared            # frozen, shared or per-neuron for every network lesson; without it each spec's own
        #                                # (explainer build --bias-policy overrides both)
        # base_url: https://example.org/my-course/   # where the site will be published
        parts:                           # the table of contents: parts, each with its lessons in order
          - title: A network, step by step
            lessons:
              - lessons/network.yaml     # a spec file, relative to this folder (explainer new network FILE writes one)
          - title: A computation graph
            lessons:
              - lessons/expression.yaml

        """;

    private static string Readme(string name) => $$"""
        # My backpropagation course

        A course for [explainer](https://explainer.invalid/): every lesson is a spec file, and every
        number on its pages is computed exactly (or certified) by explainer's engine.

        ```
        course.yaml               the title, author, language, defaults and table of contents
        lessons/network.yaml      a network lesson (explainer new network FILE writes another)
        lessons/expression.yaml   a computation-graph lesson (explainer new expression FILE)
        templates/                (optional) templates that replace explainer's, file by file
        assets/                   (optional) files copied into the site, replacing explainer's, file by file
        ```

        ## Build

            explainer build {{name}}                         # the site in {{name}}/site
            explainer build {{name}} --out /tmp/site         # somewhere else
            explainer build {{name}} --digits 20 --bias-policy shared   # for every lesson, over course.yaml

        Open `{{name}}/site/index.html`: the pages need no network and no JavaScript.

        ## Preview

            explainer serve {{name}}                         # http://127.0.0.1:8080/
            explainer serve {{name}} --port 0                # any free port; the address is printed

        Every save of `course.yaml`, a lesson, a template or an asset rebuilds the site and reloads the
        open pages; a mistake is shown on the page and in the terminal while the last good site stays.
        The preview builds into a temporary folder: `{{name}}/site` is left as it is.

        ## Lessons

        Add a spec file under `lessons/` and list it under a part in `course.yaml`. Each lesson has its
        own `id` (its pages are named after it). `explainer validate lessons/*.yaml` checks the files,
        `explainer show lessons/network.yaml` prints every value in the terminal.

        ## Override templates and assets

        Copy a file of explainer's `templates/` folder (for example `page.html.sbn`, `index.md.sbn` or
        `site.css`) into `templates/` here and edit it: the course's file wins, explainer's are used for
        the rest. Files in `assets/` (images, fonts, your own `site.css` or `check.js`) are copied into
        the site as they are, keeping their folders.

        """;
}
