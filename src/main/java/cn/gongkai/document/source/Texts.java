package cn.gongkai.document.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.document.DocumentProblems;

/** Decodes uploaded text strictly: in the declared charset (UTF-8 when none), never guessing past a bad byte. */
final class Texts {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private Texts() {
    }

    static Charset declaredCharset(String contentType) {
        if (contentType != null) {
            Matcher charset = CHARSET.matcher(contentType);
            if (charset.find()) {
                try {
                    return Charset.forName(charset.group(1).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw DocumentProblems.unreadable("The declared charset '" + charset.group(1) + "' is not one this service knows.");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    static String decode(byte[] content, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw DocumentProblems.unreadable("The text is not valid " + charset.name() + "; declare its charset in the Content-Type "
                    + "(e.g. text/plain; charset=gb18030) or send UTF-8.");
        }
    }
}
