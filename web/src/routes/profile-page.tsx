// The user's own account: details, display name and password.
import { Card } from "../components/card";
import { DisplayNameForm } from "../features/accounts/components/display-name-form";
import { PasswordForm } from "../features/accounts/components/password-form";
import { ProfileDetails } from "../features/accounts/components/profile-details";
import { useDocumentTitle } from "../lib/use-document-title";
import { useSession } from "./session";

export function ProfilePage() {
  const { user } = useSession();
  useDocumentTitle("Profile");
  return (
    <div className="page">
      <div className="page-heading">
        <h1>Profile</h1>
      </div>
      <div className="grid-2">
        <Card title="Your account">
          <ProfileDetails user={user} />
        </Card>
        <div className="stack">
          <Card title="Name on leaderboards">
            <DisplayNameForm current={user.display_name} />
          </Card>
          <Card title="Password">
            <PasswordForm email={user.email} />
          </Card>
        </div>
      </div>
    </div>
  );
}
