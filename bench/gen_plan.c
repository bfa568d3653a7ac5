/* gen_plan.c — writes a realistic synthetic EHC plan of a chosen size, for
 * benchmarks and load tests. Deterministic: the same seed and size give the
 * same bytes. Text comes from a bank of invented sentences with a realistic
 * mix of lengths and characters (names such as Zoë, Siân, Łukasz, Nguyễn).
 *
 *   gen_plan [--needs N] [--paragraphs P] [--budget-lines K] [--seed S] [--name-index I]
 *
 * Each need gets 2 outcomes and 2 provision items; P paragraphs of history
 * and of each need description scale the page count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { unsigned long long s; } rng;

static unsigned next(rng *r)
{
    /* xorshift64*: small, fast, and the same on every machine */
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return (unsigned)((r->s * 2685821657736338717ULL) >> 33);
}

static const char *pick(rng *r, const char *const *list, size_t n)
{
    return list[next(r) % n];
}
#define PICK(r, a) pick((r), (a), sizeof(a) / sizeof((a)[0]))

static const char *const forenames[] = { "Zoë", "Siân", "Łukasz", "Nguyễn Minh", "Amara", "Oliver",
    "Aisha", "Callum", "Maja", "Tariq", "Freya", "Dylan", "Inés", "Kwame", "Niamh", "Ravi" };
static const char *const surnames[] = { "Hartley", "Okafor", "Kowalczyk", "Tran", "Davies",
    "O'Brien", "Rahman", "MacLeod", "Fernández", "Mensah", "Llewellyn", "Patel" };
static const char *const areas[] = { "communication-interaction", "cognition-learning", "semh",
    "sensory-physical" };
static const char *const sentences[] = {
    "Staff have noticed that the child finds it hard to settle at the start of the day, especially after a weekend or a holiday.",
    "With a visual timetable and a warning before each change, transitions between lessons have become calmer.",
    "Reading comprehension is around two years below the level expected for the child's age, although decoding is secure.",
    "The educational psychologist found relative strengths in visual reasoning and a marked difficulty with working memory.",
    "At home the family use a picture board to plan the evening, and this has reduced arguments at bedtime.",
    "In small groups of four or fewer the child contributes ideas and listens to others for up to ten minutes.",
    "Fine motor skills are developing: handwriting is legible but slow, and a laptop is used for longer pieces of work.",
    "Unstructured times such as lunch and break are the hardest part of the day, and most incidents happen then.",
    "The speech and language therapist reported difficulty understanding longer instructions and abstract vocabulary.",
    "Attendance last year was 91%, with most absences linked to anxiety about changes in staffing.",
    "Friendships matter greatly; the child has one close friend from primary school and would like more.",
    "Sensory sensitivity to noise means that assemblies and the dining hall are often overwhelming.",
    "Progress in mathematics has been steady when concrete apparatus and worked examples are available.",
    "The family describe a cheerful, curious young person who loves animals, music and building models.",
    "When anxious, the young person may refuse to speak, put their head down, or leave the classroom without asking.",
};
static const char *const provision_what[] = {
    "A structured language programme targeting understanding of instructions and subject vocabulary",
    "Precision teaching of reading fluency using the school's phonics scheme, with progress charted each session",
    "A social communication group working on conversation, turn-taking and repairing misunderstandings",
    "Emotional literacy sessions using a feelings scale and an agreed calm-down plan",
    "Occupational therapy programme for handwriting, posture and organisation, carried out by trained staff",
    "Pre-teaching of key vocabulary before each new mathematics topic, with visual supports",
    "A key adult check-in at the start and end of each day to plan and review the timetable",
    "Touch-typing programme with weekly targets for speed and accuracy",
};
static const char *const roles[] = { "Specialist teacher", "Speech and language therapist",
    "Teaching assistant", "Educational psychologist", "Occupational therapist", "SENCO" };
static const char *const pers[] = { "day", "week", "half-term", "term" };

static void text_para(FILE *o, rng *r, int sentences_n)
{
    fputs("<p>", o);
    for (int i = 0; i < sentences_n; i++) {
        if (i) fputc(' ', o);
        fputs(PICK(r, sentences), o);
    }
    fputs("</p>\n", o);
}

static void write_person(FILE *o, rng *r, int name_index)
{
    const char *fn = forenames[name_index % (int)(sizeof forenames / sizeof *forenames)];
    const char *sn = surnames[(name_index / 3) % (int)(sizeof surnames / sizeof *surnames)];
    (void)r;
    fprintf(o, "<person><name><forenames>%s</forenames><surname>%s</surname></name>\n"
               "<date-of-birth>2012-03-14</date-of-birth><sex>female</sex>\n"
               "<year-group>9</year-group><identifiers><upn-unknown>UN1</upn-unknown>"
               "<nhs-number>9990001235</nhs-number></identifiers>\n"
               "<first-language code=\"eng\" interpreter-needed=\"false\">English</first-language>\n"
               "<decision-maker>parent</decision-maker><looked-after>never</looked-after>\n"
               "<known-to-social-care>false</known-to-social-care>\n"
               "<contacts><contact id=\"P1\" role=\"parent\" holds-parental-responsibility=\"true\">"
               "<name>Alex %s</name><relationship>parent</relationship></contact></contacts>\n"
               "<services><setting urn=\"100234\">Larkfield Academy</setting></services>\n"
               "</person>\n", fn, sn, sn);
}

static void write_section_a(FILE *o, rng *r, int paragraphs)
{
    fputs("<section-a><history>\n", o);
    for (int i = 0; i < paragraphs; i++) text_para(o, r, 3 + (int)(next(r) % 3));
    fputs("</history>\n<views voice=\"young-person\" gathered-by=\"SEND caseworker\" "
          "method=\"conversation at school\">\n", o);
    text_para(o, r, 3);
    fputs("</views>\n<views voice=\"parent\" gathered-by=\"SEND caseworker\" method=\"home visit\">\n", o);
    text_para(o, r, 3);
    fputs("</views>\n<interests voice=\"young-person\">", o);
    text_para(o, r, 2);
    fputs("</interests><strengths voice=\"parent\">", o);
    text_para(o, r, 2);
    fputs("</strengths><aspirations voice=\"young-person\">", o);
    text_para(o, r, 2);
    fputs("</aspirations>\n<easy-read alt=\"A young person smiling\">I like music and animals.</easy-read>\n"
          "</section-a>\n", o);
}

static void write_needs(FILE *o, rng *r, int needs, int paragraphs)
{
    fputs("<section-b>\n", o);
    for (int i = 1; i <= needs; i++) {
        fprintf(o, "<need id=\"B%d\" area=\"%s\"><description>\n", i, areas[(i - 1) % 4]);
        for (int p = 0; p < (paragraphs + 1) / 2; p++) text_para(o, r, 2 + (int)(next(r) % 3));
        fputs("</description></need>\n", o);
    }
    fputs("</section-b>\n<section-c><none>No health needs related to the special educational needs "
          "were identified.</none></section-c>\n<section-d><none>No social care needs were "
          "identified.</none></section-d>\n", o);
}

static void write_outcomes(FILE *o, int needs)
{
    fputs("<section-e>\n", o);
    for (int i = 1; i <= needs; i++)
        for (int k = 1; k <= 2; k++) {
            int id = (i - 1) * 2 + k;
            fprintf(o, "<outcome id=\"E%d\"%s><statement>By July 2028, the young person will "
                       "complete a%s task independently in 4 out of 5 lessons, using the strategies "
                       "agreed in target %d.</statement>\n<measure>Termly observation by the SENCO "
                       "against the baseline recorded in January 2026.</measure>\n"
                       "<target-date>2028-07-21</target-date><steps><step by=\"2027-01-15\">Half of "
                       "the tasks are completed with one prompt.</step></steps>\n"
                       "<need-ref ref=\"B%d\"/><easy-read alt=\"A star\">I will do my work by "
                       "myself.</easy-read></outcome>\n",
                    id, id == 1 ? " pfa=\"employment\"" : "", k == 1 ? " written" : " spoken",
                    id, i);
        }
    fputs("</section-e>\n", o);
}

static void write_provision(FILE *o, rng *r, int needs)
{
    fputs("<section-f>\n", o);
    for (int i = 1; i <= needs; i++)
        for (int k = 1; k <= 2; k++) {
            int id = (i - 1) * 2 + k;
            fprintf(o, "<provision id=\"F%d\"><what>%s</what>\n<who role=\"%s\" expertise=\"Trained "
                       "and supervised by the specialist teaching service\"/>\n<ratio>1:%u</ratio>"
                       "<frequency per=\"%s\" times=\"%u\"/><duration minutes=\"%u\"/>\n"
                       "<period from=\"2026-01-23\" to=\"2027-01-15\"/><setting>Larkfield Academy"
                       "</setting><funded-by>education</funded-by>\n<need-ref ref=\"B%d\"/>"
                       "<outcome-ref ref=\"E%d\"/></provision>\n",
                    id, PICK(r, provision_what), PICK(r, roles), 1 + next(r) % 4, PICK(r, pers),
                    1 + next(r) % 3, 15 + 15 * (next(r) % 4), i, id);
        }
    fputs("</section-f>\n<section-g><none>No health provision is required.</none></section-g>\n"
          "<section-h1><none>No social care needs.</none></section-h1>\n"
          "<section-h2><none>No social care needs.</none></section-h2>\n"
          "<section-i><placement id=\"I1\" urn=\"100234\" kind=\"mainstream\" type=\"day\" rank=\"1\">"
          "<name>Larkfield Academy</name></placement></section-i>\n", o);
}

static void write_budget(FILE *o, int lines, int needs)
{
    if (lines <= 0) {
        fputs("<section-j><not-requested/></section-j>\n", o);
        return;
    }
    long total = 0;
    fputs("<section-j>\n", o);
    for (int i = 1; i <= lines; i++) {
        long pence = 52000L + 1300L * i;
        total += pence;
        int f = 1 + (i - 1) % (needs * 2);
        fprintf(o, "<budget-element id=\"J%d\" source=\"education-high-needs\" arrangement=\"notional\">"
                   "<annual-amount pence=\"%ld\"/><description>Resources for provision F%d</description>"
                   "<provision-ref ref=\"F%d\"/><outcome-ref ref=\"E%d\"/>"
                   "<flexibility>The school decides the timetable with the family.</flexibility>"
                   "<risk-management>Reviewed termly by the SENCO.</risk-management></budget-element>\n",
                i, pence, f, f, f);
    }
    fprintf(o, "<total pence=\"%ld\"/></section-j>\n", total);
}

static int arg_int(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], name)) return atoi(argv[i + 1]);
    return fallback;
}

int main(int argc, char **argv)
{
    int needs = arg_int(argc, argv, "--needs", 6);
    int paragraphs = arg_int(argc, argv, "--paragraphs", 4);
    int budget = arg_int(argc, argv, "--budget-lines", 2);
    int name_index = arg_int(argc, argv, "--name-index", 0);
    rng r = { 0x9E3779B97F4A7C15ULL ^ (unsigned long long)arg_int(argc, argv, "--seed", 1) };
    if (needs < 1 || paragraphs < 1) {
        fputs("gen_plan: --needs and --paragraphs must be at least 1\n", stderr);
        return 2;
    }
    FILE *o = stdout;
    fprintf(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Synthetic plan for benchmarks: "
               "all content invented. -->\n<plan xmlns=\"urn:ehcp:plan:1\" id=\"BENCH-%05d\" "
               "version=\"1\" stage=\"final\" xml:lang=\"en-GB\">\n<meta><local-authority code=\"938\">"
               "Wessex County Council</local-authority><dates><request-received>2025-09-08"
               "</request-received><draft-issued>2026-01-05</draft-issued><comments-due>2026-01-20"
               "</comments-due><final-issued>2026-01-23</final-issued><next-review>2027-01-15"
               "</next-review></dates></meta>\n", name_index);
    write_person(o, &r, name_index);
    write_section_a(o, &r, paragraphs);
    write_needs(o, &r, needs, paragraphs);
    write_outcomes(o, needs);
    write_provision(o, &r, needs);
    write_budget(o, budget, needs);
    fputs("<section-k>\n"
          "<advice kind=\"educational\" author=\"Ms L Fenwick\" role=\"SENCO\" requested=\"2025-09-22\" received=\"2025-10-20\" appended=\"true\">School report</advice>\n"
          "<advice kind=\"medical\" author=\"Dr R Chaudhry\" role=\"Community paediatrician\" requested=\"2025-09-22\" received=\"2025-10-30\" appended=\"true\">Medical advice</advice>\n"
          "<advice kind=\"psychological\" author=\"Dr F Oyelaran\" role=\"Educational psychologist\" requested=\"2025-09-22\" received=\"2025-11-03\" appended=\"true\">Psychological advice</advice>\n"
          "<advice kind=\"social-care\" author=\"Mr J Penhaligon\" role=\"Social worker\" requested=\"2025-09-22\" received=\"2025-10-27\" appended=\"true\">Social care advice</advice>\n"
          "<advice kind=\"preparing-for-adulthood\" author=\"Ms K Osei\" role=\"Careers adviser\" requested=\"2025-09-22\" received=\"2025-10-29\" appended=\"true\">Preparing for adulthood advice</advice>\n"
          "</section-k>\n<signature><name>Daniel Whitcombe</name><role>SEND Team Manager</role>"
          "<date>2026-01-23</date></signature>\n</plan>\n", o);
    return ferror(o) ? 2 : 0;
}
