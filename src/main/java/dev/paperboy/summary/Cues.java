package dev.paperboy.summary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrases that tell what a sentence of an abstract is doing: stating the idea ("we propose", "our key
 * insight"), reporting a result ("outperforms", "experiments show", numbers), setting the background
 * ("however", "existing methods", "has attracted"), or pointing elsewhere (code links). They are the habits of
 * scientific abstracts in general, not of any one data set.
 */
final class Cues {

    /** A named pattern: one feature of the sentence model. */
    record Cue(String name, Pattern pattern) {
        boolean in(String sentence) {
            return pattern.matcher(sentence).find();
        }
    }

    static final Pattern PROPOSE = p("\\b(we|this (paper|work|study|article|letter)|here,? we|our (work|paper))\\b[^.]{0,30}?"
            + "\\b(propose|introduce|present|develop|design|devise|formulate|put forward|contribute|build|construct|create|release|offer)");

    static final List<Cue> IDEA = List.of(
            new Cue("we propose", PROPOSE),
            new Cue("we use/leverage", p("\\b(we|our (method|approach|model|framework|system|technique|idea|key))\\b[^.]{0,20}?\\b(leverag|exploit|use|employ|adopt"
                    + "|combin|incorporat|integrat|reformulat|cast|model|learn|train|decompos|represent|encod|extend|replac|augment|impos|enforc"
                    + "|utiliz|apply|optimi)")),
            new Cue("key idea/specifically", p("\\b(key|main|core|central) (idea|insight|contribution|component)|\\bour (idea|insight|contribution)|\\bintuitively"
                    + "|\\bspecifically|\\bconcretely|\\bthe idea\\b")),
            new Cue("novel/called", p("\\b(called|named|dubbed|termed|coined)\\b|\\ba (novel|new|simple|general|unified|principled)\\b|\\bnovel\\b")),
            new Cue("by using", p("\\b(by|via|through) (using|leveraging|introducing|combining|exploiting|learning|modeling|training|jointly|explicitly)")),
            new Cue("to address", p("\\b(to (address|tackle|solve|overcome|mitigate|alleviate|remedy|bridge|this end)|to do so|in order to)\\b")));

    static final List<Cue> RESULT = List.of(
            new Cue("outperforms/state of the art", p("\\boutperform|\\bstate[- ]of[- ]the[- ]art|\\bsota\\b|\\bsurpass|\\bsuperior|\\bbeat|\\bexceed")),
            new Cue("experiments show", p("\\b(results?|experiments?|evaluations?|analys[ie]s|studies|benchmarks?)\\b[^.]{0,60}?"
                    + "\\b(show|demonstrate|indicate|reveal|confirm|suggest|verify|validate)")),
            new Cue("we show/find", p("\\bwe (show|demonstrate|find|found|observe|prove|establish|verify|confirm|reveal)\\b|\\bshow(s|ing)? that\\b")),
            new Cue("achieve/improve", p("\\b(achiev|improv|reduc|speed|boost|gain|increas|enabl)\\w*")),
            new Cue("number with %/×", p("\\d+(\\.\\d+)?\\s?(%|x\\b|×|\\\\times|times\\b|fold|db\\b)|\\b(up to|by over|by \\d)|\\d+\\.\\d+")),
            new Cue("comparative", p("\\b(faster|better|higher|lower|fewer|smaller|stronger|more (accurate|efficient|robust)|significant(ly)?|substantial(ly)?"
                    + "|competitive|comparable|on par|effective(ness)?|efficacy)\\b")));

    static final List<Cue> BACKGROUND = List.of(
            new Cue("however/although", p("\\b(however|although|though|despite|nevertheless|yet,|unfortunately|while (promising|effective|successful))\\b")),
            new Cue("challenge/limitation", p("\\b(remain|remains|challeng\\w*|difficult|limited|limitation|suffer|lack|fail\\w*|struggle|bottleneck|costly|expensive"
                    + "|hard to|not yet|unclear|unexplored|open problem|issue)\\b")),
            new Cue("existing/recent", p("\\b(existing|previous|prior|recent(ly)?|traditional|conventional|current|popular|typically|often|usually|widely"
                    + "|commonly|mainstream|dominant)\\b")),
            new Cue("has been/is a key", p("\\b(has|have) (been|become|emerged|shown|achieved|gained|attracted|made|received|drawn|witnessed)"
                    + "|\\b(is|are) (a|an|the) (fundamental|key|crucial|important|central|essential|critical|long-standing|challenging|popular)")));

    /** "We study X" names the task, not the idea. */
    static final Pattern STUDY = p("\\b(we|this paper|this work)\\b[^.]{0,20}?\\b(study|investigate|consider|address|tackle|focus on|explore"
            + "|examine|look at|revisit|analy[sz]e)\\b");
    static final Pattern KEY_IDEA = p("\\b(key|main|core|central|basic) (idea|insight|intuition)|\\bthe (core|heart|crux) of\\b"
            + "|\\bour (idea|insight|intuition)\\b");
    /** A secondary contribution or one step of a list. */
    static final Pattern SECONDARY = p("\\b(also|additionally|further(more)?|moreover|in addition|besides)\\b|^(first|second|third|fourth"
            + "|fifth|finally|lastly)\\b");
    static final Pattern FIRST_PERSON = p("\\b(we|our|this (paper|work))\\b");
    static final Pattern POINTER = p("https?://|github|\\b(our|the|source) codes?\\b[^.]{0,40}\\b(available|released|public)"
            + "|\\bcodes? (is|are|and \\w+ (is|are)|will be)\\b|project (page|website)|publicly available|will be (made )?(public|available|released)"
            + "|\\bavailable at\\b|open[- ]sourced?\\b|supplementary|\\burl\\b|youtu"
            + "|\\b(release|share)[sd]? (all |our |the )?(models?|codes?|data(sets?)?|weights|checkpoints)\\b");
    /** A sentence that only announces what follows: "Our contributions are twofold:". */
    static final Pattern ANNOUNCEMENT = p("\\b(two|three|four)[- ]?folds?\\b|\\bas follows\\b|:\\s*$");
    /** A sentence that opens by pointing back at the previous one; in chat there is no previous one. */
    static final Pattern DANGLING = Pattern.compile("^(This|These|It|They|Such|Those|Its|Their)\\b");
    /**
     * A sentence that only makes sense after the one before it ("This is due to …", "These gains …"), unlike one that
     * names the paper ("This paper proposes …"): shown without its antecedent it points at nothing.
     */
    static final Pattern REFERS_BACK = Pattern.compile("^(This|These|It|They|Such|Those|Its|Their)\\b(?!\\s+(paper|work|study|article"
            + "|letter|thesis|survey|report|note|manuscript|chapter|tutorial|position paper)\\b)");
    /** A result that could close any abstract: "experiments demonstrate the effectiveness of our method". */
    static final Pattern VAGUE_RESULT = p("\\b(demonstrate|show|verify|validate|confirm|prove)s?\\b[^.]{0,30}\\b(the )?(effectiveness|efficacy"
            + "|superiority|merits?|advantages?|benefits?|potential|feasibility|usefulness|value)\\b(?![^.]{0,40}\\d)");
    /** What makes a result worth a chat line: a number or a comparison. */
    static final Pattern SPECIFIC_RESULT = p("\\d|\\boutperform|\\bstate[- ]of[- ]the[- ]art|\\bsota\\b|\\bsurpass|\\b(faster|better|higher"
            + "|lower|fewer|smaller)\\b|\\bcompetitive|\\bon par\\b|\\bcomparable");

    private Cues() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
