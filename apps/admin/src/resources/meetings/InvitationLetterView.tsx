import { ReplyLetterView } from '../applications/ReplyLetterView';
import type { InvitationLetter } from './meeting.resource';

/**
 * The invitation letter as the domain words it, laid out like the bureau's other letters: its first paragraph
 * is the salutation; the invitation carries no signature block of its own.
 */
export const InvitationLetterView = ({ letter }: { letter: InvitationLetter }) => {
  const [salutation = '', ...paragraphs] = letter.paragraphs;
  return (
    <div data-testid="invitation-letter">
      <ReplyLetterView letter={{ title: letter.title, salutation, paragraphs, signature: '', date: '' }} />
    </div>
  );
};
