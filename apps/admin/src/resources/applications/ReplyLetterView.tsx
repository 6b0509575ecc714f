import type { ReplyLetter } from '@gdp/domain';
import { Box, Paper, Typography } from '@mui/material';

const letterFont = '"FangSong", "STFangsong", "仿宋", "仿宋_GB2312", serif';

/** The reply letter (答复书) as the domain words it: title, salutation, paragraphs, the bureau and the date. */
export const ReplyLetterView = ({ letter, caseNumber }: { letter: ReplyLetter; caseNumber?: string }) => (
  <Paper
    variant="outlined"
    data-testid="reply-letter"
    sx={{
      maxWidth: 794,
      mx: 'auto',
      px: 8,
      py: 6,
      fontFamily: letterFont,
      '@media print': { border: 0, p: 0 },
    }}
  >
    <Typography
      component="h1"
      sx={{ fontFamily: '"SimHei", "黑体", sans-serif', fontSize: 26, textAlign: 'center', mb: 1 }}
    >
      {letter.title}
    </Typography>
    {caseNumber && (
      <Typography sx={{ textAlign: 'right', fontFamily: letterFont, fontSize: 16, mb: 3 }}>
        案件编号：{caseNumber}
      </Typography>
    )}
    <Typography sx={{ fontFamily: letterFont, fontSize: 18, lineHeight: 2 }}>{letter.salutation}</Typography>
    {letter.paragraphs.map((paragraph, index) => (
      <Typography
        key={index}
        sx={{
          fontFamily: letterFont,
          fontSize: 18,
          lineHeight: 2,
          textIndent: '2em',
          whiteSpace: 'pre-wrap',
        }}
      >
        {paragraph}
      </Typography>
    ))}
    <Box sx={{ mt: 6, textAlign: 'right' }}>
      <Typography sx={{ fontFamily: letterFont, fontSize: 18, lineHeight: 2 }}>{letter.signature}</Typography>
      <Typography sx={{ fontFamily: letterFont, fontSize: 18, lineHeight: 2 }}>{letter.date}</Typography>
    </Box>
  </Paper>
);
