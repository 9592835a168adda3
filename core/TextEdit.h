#pragma once

#include <QString>

namespace frontleaf {

// A replacement of `removed` UTF-16 units at `position` by `inserted`. Everything that changes a
// post without typing (form edits, image drops, renames) is expressed as these, so the editor can
// apply it as one undo step and tests can check the exact bytes.
struct TextEdit
{
    int position = 0;
    int removed = 0;
    QString inserted;

    QString applyTo(const QString &text) const
    {
        QString out = text;
        out.replace(position, removed, inserted);
        return out;
    }
    bool operator==(const TextEdit &o) const
    {
        return position == o.position && removed == o.removed && inserted == o.inserted;
    }
};

} // namespace frontleaf
